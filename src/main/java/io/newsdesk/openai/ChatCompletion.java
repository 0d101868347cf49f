package io.newsdesk.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.Citation;

import java.util.List;

/**
 * OpenAI's {@code chat.completion} (whole answer) and {@code chat.completion.chunk} (streamed) shapes,
 * with Newsdesk's structured citations beside the footnoted content.
 */
final class ChatCompletion {

    static final String MODEL = "newsdesk";

    private ChatCompletion() {
    }

    /** A whole answer. */
    record Completion(String id, String object, long created, String model, List<Choice> choices, Usage usage,
                      List<Citation> citations, Newsdesk newsdesk) {

        static Completion of(String id, long created, Answer answer) {
            return new Completion(id, "chat.completion", created, MODEL,
                    List.of(new Choice(0, new Message("assistant", answer.plainText()), "stop")), new Usage(0, 0, 0),
                    answer.citations(), Newsdesk.of(answer));
        }
    }

    record Choice(int index, Message message, @JsonProperty("finish_reason") String finishReason) {
    }

    record Message(String role, String content) {
    }

    record Usage(@JsonProperty("prompt_tokens") int promptTokens, @JsonProperty("completion_tokens") int completionTokens,
                 @JsonProperty("total_tokens") int totalTokens) {
    }

    /** Whether the answer is grounded, how far the articles cover the question, how it was written, and its notice. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Newsdesk(boolean grounded, Answer.Coverage coverage, String mode, String notice) {

        static Newsdesk of(Answer answer) {
            return new Newsdesk(answer.grounded(), answer.coverage(), answer.mode(), answer.notice());
        }
    }

    /** A streamed piece; the last one carries {@code finish_reason}, the citations and {@code newsdesk}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Chunk(String id, String object, long created, String model, List<ChunkChoice> choices,
                 List<Citation> citations, Newsdesk newsdesk) {

        static Chunk delta(String id, long created, Delta delta) {
            return new Chunk(id, "chat.completion.chunk", created, MODEL, List.of(new ChunkChoice(0, delta, null)), null, null);
        }

        static Chunk last(String id, long created, Answer answer) {
            return new Chunk(id, "chat.completion.chunk", created, MODEL, List.of(new ChunkChoice(0, new Delta(null, null), "stop")),
                    answer.citations(), Newsdesk.of(answer));
        }
    }

    /** {@code finish_reason} is null, not absent, until the last chunk, as OpenAI sends it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ChunkChoice(int index, Delta delta, @JsonProperty("finish_reason") String finishReason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Delta(String role, String content) {
    }
}
