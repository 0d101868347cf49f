package io.newsdesk.openai;

import io.newsdesk.http.ReadFilter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An OpenAI chat completion request. Fields this service has no use for ({@code temperature},
 * {@code max_tokens}, ...) are accepted and ignored, so existing clients work unchanged.
 *
 * @param model    ignored: there is one model, {@code newsdesk}
 * @param messages the conversation; the last one is the user's question
 * @param stream   {@code true} for {@code chat.completion.chunk} server-sent events
 * @param filter   Newsdesk's own: which articles may answer ({@code from}, {@code to}, {@code source}, {@code desk},
 *                 {@code asOf}); OpenAI SDKs send it with {@code extra_body}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatCompletionRequest(
        @Schema(example = "newsdesk") String model,
        @Schema(required = true, maxItems = ChatCompletionRequest.MAX_MESSAGES) List<Message> messages,
        Boolean stream,
        ReadFilter filter) {

    public ChatCompletionRequest(String model, List<Message> messages, Boolean stream) {
        this(model, messages, stream, null);
    }

    static final int MAX_MESSAGES = 64;

    /**
     * One message of the conversation.
     *
     * @param role    {@code system}, {@code developer}, {@code user}, {@code assistant} or {@code tool}
     * @param content a string, or an array of parts of which the {@code {"type": "text", "text": ...}} ones count
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(
            @Schema(required = true, enumeration = {"system", "developer", "user", "assistant", "tool"}) String role,
            @Schema(oneOf = {String.class, TextPart[].class}, type = SchemaType.OBJECT) JsonNode content) {
    }

    /** A text part of a message's content. */
    public record TextPart(@Schema(enumeration = "text") String type, String text) {
    }
}
