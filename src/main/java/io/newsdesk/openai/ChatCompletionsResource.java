package io.newsdesk.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerListener;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.Turn;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
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

    private static final Logger LOG = Logger.getLogger(ChatCompletionsResource.class);
    static final int MAX_MESSAGE_CHARS = 20_000;
    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool");

    private final AnswerService answers;
    private final IngestionState state;
    private final AnswerAdmission admission;
    private final ObjectMapper mapper;

    public ChatCompletionsResource(AnswerService answers, IngestionState state, AnswerAdmission admission,
                                   ObjectMapper mapper) {
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

    /** The body is read here rather than by JAX-RS, so that every malformed request gets OpenAI's error shape. */
    @POST
    @Path("/chat/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
    @Operation(summary = "Chat completion, streamed (stream: true) or not")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChatCompletionRequest.class)))
    @APIResponse(responseCode = "200", description = "A chat.completion, or chat.completion.chunk events ending with [DONE]",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Completion.class)),
                    @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = Chunk.class))})
    @APIResponse(responseCode = "400", description = "OpenAI-style {\"error\": {\"message\", \"type\"}}")
    @RateLimited
    public Response complete(String body) {
        ChatCompletionRequest request = parse(body);
        Question question = question(request.messages());
        if (!state.isReady()) {
            throw new OpenAiError(503, "server_error", "The article corpus is still being indexed; retry in a few seconds.");
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

    private ChatCompletionRequest parse(String body) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw OpenAiError.invalid("We could not parse the JSON body of your request.");
        }
        if (tree == null || !tree.isObject()) {
            throw OpenAiError.invalid("The request body must be a JSON object.");
        }
        if (!tree.path("messages").isArray() || tree.path("messages").isEmpty()) {
            throw OpenAiError.invalid("'messages' must be a non-empty array.");
        }
        try {
            return mapper.treeToValue(tree, ChatCompletionRequest.class);
        } catch (JsonProcessingException e) {
            throw OpenAiError.invalid("Each message needs a string 'role' and a 'content'; 'stream' must be a boolean.");
        }
    }

    /** The last user message is the question; earlier user/assistant pairs are the history. */
    private static Question question(List<Message> messages) {
        if (messages.size() > ChatCompletionRequest.MAX_MESSAGES) {
            throw OpenAiError.invalid("At most " + ChatCompletionRequest.MAX_MESSAGES + " messages are accepted.");
        }
        List<String> texts = new ArrayList<>(messages.size());
        for (Message message : messages) {
            if (message == null || !ROLES.contains(message.role())) {
                throw OpenAiError.invalid("Each message needs a 'role' of system, user or assistant.");
            }
            String text = text(message.content());
            if (text.length() > MAX_MESSAGE_CHARS) {
                throw OpenAiError.invalid("Each message's content must be at most " + MAX_MESSAGE_CHARS + " characters.");
            }
            texts.add(text);
        }
        int last = messages.size() - 1;
        if (!"user".equals(messages.get(last).role()) || texts.get(last).isBlank()) {
            throw OpenAiError.invalid("The last message must be a user message with text content.");
        }
        if (texts.get(last).length() > Question.MAX_CHARS) {
            throw OpenAiError.invalid("The question is longer than " + Question.MAX_CHARS + " characters.");
        }
        List<Turn> history = new ArrayList<>();
        for (int i = 0; i + 1 < last; i++) {
            if ("user".equals(messages.get(i).role()) && "assistant".equals(messages.get(i + 1).role())) {
                history.add(new Turn(texts.get(i), Answer.withoutFootnotes(texts.get(i + 1))));
            }
        }
        return new Question(texts.get(last).strip(), history);
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
        throw OpenAiError.invalid("Message 'content' must be a string or an array of text parts.");
    }

    /**
     * {@code chat.completion.chunk} events as the answering service writes the answer: the role, the text
     * as it streams, then the notice and footnotes, a last chunk with {@code finish_reason} and the
     * citations, and {@code [DONE]}. If checking changed a generated answer after it streamed, the
     * checked answer follows, marked as such: a client cannot take back text it has shown.
     */
    private void streamAnswer(OutputStream out, String id, long created, Question question) throws IOException {
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
        writer.done();
    }

    /** Writes {@code data:} lines; once the client has gone, the rest is dropped quietly. */
    private final class ChunkWriter {
        private final OutputStream out;
        private boolean gone;

        ChunkWriter(OutputStream out) {
            this.out = out;
        }

        synchronized void send(Chunk chunk) {
            write("data: " + json(chunk) + "\n\n");
        }

        synchronized void done() {
            write("data: [DONE]\n\n");
        }

        private void write(String event) {
            if (gone) {
                return;
            }
            try {
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                gone = true;
                LOG.debug("Chat completion stream closed by the client");
            }
        }

        private String json(Chunk chunk) {
            try {
                return mapper.writeValueAsString(chunk);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @ServerExceptionMapper
    public Response openAiError(OpenAiError e) {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("message", e.getMessage());
        error.put("type", e.type());
        error.put("param", null);
        error.put("code", null);
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(Map.of("error", error)).build();
    }
}
