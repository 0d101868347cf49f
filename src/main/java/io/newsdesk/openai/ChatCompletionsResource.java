package io.newsdesk.openai;

import io.newsdesk.http.ReadFilter;
import io.newsdesk.security.Access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerListener;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.Turn;
import io.newsdesk.http.ApiException;
import io.newsdesk.index.IngestionState;
import io.newsdesk.limits.AnswerAdmission;
import io.newsdesk.limits.RateLimited;
import io.newsdesk.openai.ChatCompletion.Chunk;
import io.newsdesk.openai.ChatCompletion.Completion;
import io.newsdesk.openai.ChatCompletion.Delta;
import io.newsdesk.openai.ChatCompletionRequest.Message;
import io.newsdesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * OpenAI-compatible chat completions, so existing chat clients and SDKs can use Newsdesk as model
 * {@code newsdesk}. The last user message is the question, earlier user/assistant pairs the history.
 * Citations appear as footnotes in the content, so any client shows them, and structured in
 * {@code citations}. With {@code stream: true} the answer streams as the answering service writes it.
 */
@RolesAllowed(Roles.READER)
@Path("/v1")
@Tag(name = "OpenAI-compatible", description = "Chat completions for existing clients")
public class ChatCompletionsResource {

    static final int MAX_MESSAGE_CHARS = 20_000;
    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool");

    private final AnswerService answers;
    private final IngestionState state;
    private final AnswerAdmission admission;
    private final ObjectMapper mapper;

    private final Access access;

    public ChatCompletionsResource(AnswerService answers, IngestionState state, AnswerAdmission admission,
                                   ObjectMapper mapper, Access access) {
        this.access = access;
        this.answers = answers;
        this.state = state;
        this.admission = admission;
        this.mapper = mapper;
    }

    @GET
    @Path("/models")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List models (just newsdesk)")
    public Map<String, Object> models() {
        return Map.of("object", "list", "data", List.of(
                Map.of("id", ChatCompletion.MODEL, "object", "model", "created", 1_735_689_600L, "owned_by", "newsdesk")));
    }

    @POST
    @Path("/chat/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
    @Operation(summary = "Chat completion, streamed (stream: true) or not")
    @APIResponse(responseCode = "200", description = "A chat.completion, or chat.completion.chunk events ending with [DONE]",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Completion.class)),
                    @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = Chunk.class))})
    @APIResponse(responseCode = "400", description = "OpenAI-style {\"error\": {\"message\", \"type\"}}")
    @RateLimited
    public Response complete(ChatCompletionRequest request) {
        Question asked = question(request == null ? null : request.messages());
        ReadFilter filter = request.filter() == null ? ReadFilter.NONE : request.filter();
        Question question = new Question(asked.text(), asked.history(), access.restrict(filter.toFilter()), filter.asOfDay());
        if (!state.isReady()) {
            throw new ApiException(503, "The article corpus is still being indexed; retry in a few seconds.").withRetryAfter(5);
        }
        String id = "chatcmpl-" + UUID.randomUUID().toString().replace("-", "");
        long created = System.currentTimeMillis() / 1000;
        AnswerAdmission.Slot slot = admission.enter();
        if (Boolean.TRUE.equals(request.stream())) {
            StreamingOutput stream = out -> {
                try (slot) {
                    streamAnswer(out, id, created, question);
                }
            };
            return Response.ok(stream, "text/event-stream").header("Cache-Control", "no-cache").build();
        }
        try (slot) {
            return Response.ok(Completion.of(id, created, answers.answer(question)), MediaType.APPLICATION_JSON).build();
        }
    }

    /** The last user message is the question; earlier user/assistant pairs are the history. */
    private static Question question(List<Message> messages) {
        if (messages == null || messages.isEmpty()) {
            throw ApiException.badRequest("'messages' must be a non-empty array.");
        }
        if (messages.size() > ChatCompletionRequest.MAX_MESSAGES) {
            throw ApiException.badRequest("At most " + ChatCompletionRequest.MAX_MESSAGES + " messages are accepted.");
        }
        List<String> texts = new ArrayList<>(messages.size());
        for (Message message : messages) {
            if (message == null || !ROLES.contains(message.role())) {
                throw ApiException.badRequest("Each message needs a 'role' of system, user or assistant.");
            }
            String text = text(message.content());
            if (text.length() > MAX_MESSAGE_CHARS) {
                throw ApiException.badRequest("Each message's content must be at most " + MAX_MESSAGE_CHARS + " characters.");
            }
            texts.add(text);
        }
        int last = messages.size() - 1;
        if (!"user".equals(messages.get(last).role())) {
            throw ApiException.badRequest("The last message must be a user message with text content.");
        }
        Question.problem(texts.get(last)).ifPresent(problem -> {
            throw ApiException.badRequest(switch (problem) {
                case BLANK -> "The last message must be a user message with text content.";
                case TOO_LONG -> "The question is longer than " + Question.MAX_CHARS + " characters.";
                case NO_WORDS -> "The question has no words in it: ask with letters or digits.";
            });
        });
        List<Turn> history = new ArrayList<>();
        for (int i = 0; i + 1 < last; i++) {
            if ("user".equals(messages.get(i).role()) && "assistant".equals(messages.get(i + 1).role())) {
                history.add(new Turn(texts.get(i), Answer.withoutFootnotes(texts.get(i + 1))));
            }
        }
        return new Question(texts.get(last), history);
    }

    private static String text(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        if (content.isArray()) {
            StringBuilder text = new StringBuilder();
            content.forEach(part -> {
                if ("text".equals(part.path("type").asText())) {
                    text.append(part.path("text").asText());
                }
            });
            return text.toString();
        }
        throw ApiException.badRequest("Message 'content' must be a string or an array of text parts.");
    }

    /**
     * {@code chat.completion.chunk} events as the answering service writes the answer: the role, the text
     * as it streams, then the notice and footnotes, a last chunk with {@code finish_reason} and the
     * citations, and {@code [DONE]}. If checking changed a generated answer after it streamed, the
     * checked answer follows, marked as such: a client cannot take back text it has shown.
     */
    private void streamAnswer(OutputStream out, String id, long created, Question question) {
        ChunkWriter writer = new ChunkWriter(out);
        writer.send(Chunk.delta(id, created, new Delta("assistant", "")));
        StringBuilder streamed = new StringBuilder();
        answers.stream(question, new AnswerListener() {
            @Override
            public void onText(String delta) {
                streamed.append(delta);
                writer.send(Chunk.delta(id, created, new Delta(null, delta)));
            }

            @Override
            public void onComplete(Answer answer) {
                String tail = answer.plainText().substring(answer.answer().length());
                if (!streamed.toString().equals(answer.answer())) {
                    tail = (streamed.isEmpty() ? "" : "\n\nChecked against the sources: ") + answer.answer() + tail;
                }
                if (!tail.isEmpty()) {
                    writer.send(Chunk.delta(id, created, new Delta(null, tail)));
                }
                writer.send(Chunk.last(id, created, answer));
            }
        });
        writer.write("[DONE]");
    }

    /** Writes {@code data:} events; once the client has gone, the rest is dropped quietly. */
    private final class ChunkWriter {
        private final OutputStream out;
        private boolean gone;

        ChunkWriter(OutputStream out) {
            this.out = out;
        }

        void send(Chunk chunk) {
            try {
                write(mapper.writeValueAsString(chunk));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        synchronized void write(String data) {
            try {
                if (!gone) {
                    out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException e) {
                gone = true;
            }
        }
    }

    /** Bodies that are not JSON, or not this shape, get OpenAI's error shape here (this class only). */
    @ServerExceptionMapper({JsonProcessingException.class, WebApplicationException.class})
    public Response malformed(Exception e) {
        int status = e instanceof WebApplicationException web ? web.getResponse().getStatus() : 400;
        return openAiError(new ApiException(status, status == 400
                ? "We could not parse the JSON body of your request, or it is not a chat completion request."
                : "The request was refused (HTTP " + status + ")."));
    }

    /** The service's errors in OpenAI's shape, {@code {"error": {"message", "type", "param", "code"}}}, so SDKs show them. */
    @ServerExceptionMapper
    public Response openAiError(ApiException e) {
        String type = e.status() >= 500 ? "server_error" : e.status() == 429 ? "rate_limit_exceeded" : "invalid_request_error";
        Map<String, Object> error = new java.util.HashMap<>(Map.of("message", e.getMessage(), "type", type));
        error.put("param", null);
        error.put("code", null);
        Response.ResponseBuilder response = Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(Map.of("error", error));
        return (e.retryAfterSeconds() < 0 ? response : response.header("Retry-After", e.retryAfterSeconds())).build();
    }
}
