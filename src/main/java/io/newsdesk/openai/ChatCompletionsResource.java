package io.newsdesk.openai;

import jakarta.annotation.security.RolesAllowed;
import io.newsdesk.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AnswerStreams;
import io.newsdesk.answer.Citation;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.Turn;
import io.newsdesk.api.AskRequest;
import io.newsdesk.ingest.IngestionState;
import io.newsdesk.limits.AnswerAdmission;
import io.newsdesk.limits.RateLimited;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * OpenAI-compatible chat completions, so existing chat clients and SDKs can use Newsdesk as model
 * {@code newsdesk}. The last user message is the question, earlier turns the history. Citations appear
 * as footnotes in the content, so any client shows them, and structured in {@code citations}.
 */
@RolesAllowed(Roles.READER)
@Path("/v1")
@Tag(name = "OpenAI-compatible", description = "Chat completions for existing clients")
public class ChatCompletionsResource {

    static final String MODEL = "newsdesk";

    static final int MAX_MESSAGES = 64;
    static final int MAX_MESSAGE_CHARS = 20_000;

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
                Map.of("id", MODEL, "object", "model", "created", 1_735_689_600L, "owned_by", "newsdesk")));
    }

    @POST
    @Path("/chat/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chat completion, streamed (stream: true) or not")
    @RateLimited
    public Response complete(String body) {
        JsonNode request;
        try {
            request = mapper.readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw OpenAiError.invalid("We could not parse the JSON body of your request.");
        }
        if (request == null || !request.isObject()) {
            throw OpenAiError.invalid("The request body must be a JSON object.");
        }
        Question question = question(request.get("messages"));
        if (!state.isReady()) {
            throw new OpenAiError(503, "server_error", "The article corpus is still being indexed; retry in a few seconds.");
        }
        String id = "chatcmpl-" + UUID.randomUUID().toString().replace("-", "");
        long created = System.currentTimeMillis() / 1000;
        Answer answer;
        try (AnswerAdmission.Slot slot = admission.enter()) {
            answer = answers.answer(question);
        }
        if (request.path("stream").asBoolean(false)) {
            StreamingOutput stream = out -> streamChunks(out, id, created, answer);
            return Response.ok(stream, "text/event-stream").header("Cache-Control", "no-cache").build();
        }
        ObjectNode completion = mapper.createObjectNode().put("id", id).put("object", "chat.completion")
                .put("created", created).put("model", MODEL);
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content(answer));
        choice.put("finish_reason", "stop");
        completion.putObject("usage").put("prompt_tokens", 0).put("completion_tokens", 0).put("total_tokens", 0);
        extras(completion, answer);
        return Response.ok(completion, MediaType.APPLICATION_JSON).build();
    }

    /** The last user message is the question; earlier user/assistant pairs are the history. */
    private Question question(JsonNode messages) {
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw OpenAiError.invalid("'messages' must be a non-empty array.");
        }
        if (messages.size() > MAX_MESSAGES) {
            throw OpenAiError.invalid("At most " + MAX_MESSAGES + " messages are accepted.");
        }
        List<String[]> turns = new ArrayList<>();
        for (JsonNode message : messages) {
            String role = message.path("role").asText("");
            if (!List.of("system", "developer", "user", "assistant", "tool").contains(role)) {
                throw OpenAiError.invalid("Each message needs a 'role' of system, user or assistant.");
            }
            String text = text(message.get("content"));
            if (text.length() > MAX_MESSAGE_CHARS) {
                throw OpenAiError.invalid("Each message's content must be at most " + MAX_MESSAGE_CHARS + " characters.");
            }
            turns.add(new String[] {role, text});
        }
        String[] last = turns.get(turns.size() - 1);
        if (!"user".equals(last[0]) || last[1].isBlank()) {
            throw OpenAiError.invalid("The last message must be a user message with text content.");
        }
        if (last[1].length() > AskRequest.MAX_QUESTION_CHARS) {
            throw OpenAiError.invalid("The question is longer than " + AskRequest.MAX_QUESTION_CHARS + " characters.");
        }
        List<Turn> history = new ArrayList<>();
        for (int i = 0; i + 1 < turns.size() - 1; i++) {
            if ("user".equals(turns.get(i)[0]) && "assistant".equals(turns.get(i + 1)[0])) {
                history.add(new Turn(turns.get(i)[1], stripFootnotes(turns.get(i + 1)[1])));
            }
        }
        return new Question(last[1].strip(), history);
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

    /** The answer, then its sources as footnotes. */
    static String content(Answer answer) {
        String text = answer.notice() == null ? answer.answer() : answer.answer() + "\n\n_" + answer.notice() + "_";
        return text + footnotes(answer);
    }

    static String footnotes(Answer answer) {
        if (answer.citations().isEmpty()) {
            return "";
        }
        StringBuilder notes = new StringBuilder("\n\nSources:");
        for (Citation c : answer.citations()) {
            notes.append("\n[").append(c.index()).append("] ").append(c.title()).append(" (").append(c.source())
                    .append("): “").append(c.quote()).append('”');
        }
        return notes.toString();
    }

    private static String stripFootnotes(String content) {
        int notes = content.indexOf("\n\nSources:");
        return notes < 0 ? content : content.substring(0, notes);
    }

    private void extras(ObjectNode node, Answer answer) {
        ArrayNode citations = node.putArray("citations");
        answer.citations().forEach(c -> citations.add(mapper.valueToTree(c)));
        ObjectNode newsdesk = node.putObject("newsdesk").put("grounded", answer.grounded()).put("mode", answer.mode());
        if (answer.notice() != null) {
            newsdesk.put("notice", answer.notice());
        }
    }

    /** {@code chat.completion.chunk} events: role, the checked answer a sentence at a time, footnotes, stop, [DONE]. */
    private void streamChunks(OutputStream out, String id, long created, Answer answer) throws IOException {
        List<String> pieces = new ArrayList<>(AnswerStreams.pieces(answer.answer()));
        String rest = content(answer).substring(answer.answer().length());
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        send(out, chunk(id, created).set("choices", choice(mapper.createObjectNode().put("role", "assistant").put("content", ""), null)));
        for (String piece : pieces) {
            send(out, chunk(id, created).set("choices", choice(mapper.createObjectNode().put("content", piece), null)));
        }
        ObjectNode last = chunk(id, created);
        last.set("choices", choice(mapper.createObjectNode(), "stop"));
        extras(last, answer);
        send(out, last);
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private ObjectNode chunk(String id, long created) {
        return mapper.createObjectNode().put("id", id).put("object", "chat.completion.chunk").put("created", created)
                .put("model", MODEL);
    }

    private ArrayNode choice(ObjectNode delta, String finishReason) {
        ArrayNode choices = mapper.createArrayNode();
        ObjectNode choice = choices.addObject().put("index", 0);
        choice.set("delta", delta);
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return choices;
    }

    private void send(OutputStream out, ObjectNode chunk) throws IOException {
        out.write(("data: " + mapper.writeValueAsString(chunk) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @ServerExceptionMapper
    public Response openAiError(OpenAiError e) {
        ObjectNode error = mapper.createObjectNode();
        error.putObject("error").put("message", e.getMessage()).put("type", e.type()).putNull("param").putNull("code");
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(error).build();
    }
}
