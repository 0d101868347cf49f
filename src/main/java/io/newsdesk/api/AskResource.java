package io.newsdesk.api;

import io.newsdesk.http.CorpusGate;
import io.newsdesk.http.ApiError;
import io.newsdesk.http.ApiException;
import jakarta.annotation.security.RolesAllowed;
import io.newsdesk.security.Access;
import io.newsdesk.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerListener;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.Question;
import io.newsdesk.limits.AnswerAdmission;
import io.newsdesk.limits.RateLimited;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.newsdesk.answer.Turn;
import io.newsdesk.conversations.Conversation;
import io.newsdesk.conversations.ConversationStore;
import io.newsdesk.conversations.Person;

import java.util.List;
import java.util.Map;

/** Questions over REST: a whole answer as JSON, or the same answer streamed as server-sent events. */
@RolesAllowed(Roles.READER)
@Path("/api/ask")
@Tag(name = "Ask", description = "Cited answers to questions about the articles")
public class AskResource {

    private final AnswerService answers;
    private final CorpusGate gate;
    private final AnswerAdmission admission;
    private final ObjectMapper mapper;

    private final Access access;
    private final ConversationStore conversations;
    private final Person person;

    public AskResource(AnswerService answers, CorpusGate gate, AnswerAdmission admission, ObjectMapper mapper,
                       Access access, ConversationStore conversations, Person person) {
        this.access = access;
        this.conversations = conversations;
        this.person = person;
        this.answers = answers;
        this.gate = gate;
        this.admission = admission;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a question with a cited summary",
            description = "Each sentence of the answer is followed by [n] markers into citations; "
                    + "grounded is false, with no citations, when the articles do not cover the question. "
                    + "The question and answer are added to the conversation conversationId names (its turns are the "
                    + "history when none is sent), or to a new one; conversationId is returned.")
    @RateLimited
    public AskResponse ask(AskRequest request) {
        AskRequest continued = continued(requireBody(request));
        Question asked = continued.toQuestion();
        Question question = asked.within(access.restrict(asked.filter()));
        gate.requireReady();
        Answer answer;
        try (AnswerAdmission.Slot slot = admission.enter()) {
            answer = answers.answer(question);
        }
        return new AskResponse(answer, remember(continued, answer));
    }

    /**
     * The request with its conversation's turns as history when it sends none; a 404 when the conversation is not
     * the caller's, a 409 when it is full.
     */
    private AskRequest continued(AskRequest request) {
        if (request.conversationId() == null) {
            return request;
        }
        Conversation conversation = conversations.get(person.id(), request.conversationId())
                .orElseThrow(() -> new ApiException(404, "no conversation \"" + request.conversationId() + "\" of yours"));
        if (conversation.turns().size() >= conversations.maxTurns()) {
            throw new ApiException(409, "the conversation holds " + conversations.maxTurns()
                    + " questions, the most it may; start a new one");
        }
        if (request.history() != null && !request.history().isEmpty()) {
            return request;
        }
        List<Turn> turns = conversation.turns().stream()
                .map(turn -> new Turn(turn.question(), turn.answer().answer())).toList();
        return request.withHistory(turns.subList(Math.max(0, turns.size() - Question.MAX_HISTORY), turns.size()));
    }

    /** Adds the exchange to the caller's conversation (a new one when it has gone meanwhile) and returns its id. */
    private String remember(AskRequest request, Answer answer) {
        return conversations.add(person.id(), request.conversationId(), request.question().strip(), answer).id();
    }

    @POST
    @Path("/stream")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Answer a question, streamed as server-sent events",
            description = "Events: 'delta' ({\"text\"}) as the answer is written, then 'done' whose data is "
                    + "exactly the POST /api/ask response (with the checked citations); 'error' ({\"message\"}) on failure.")
    @APIResponse(responseCode = "200", description = "A text/event-stream of delta events, then one done event",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    example = "event: delta\ndata: {\"text\":\"The EU set tariffs of up to 36.3% \"}\n\n"
                            + "event: done\ndata: {\"answer\":\"… [1]\",\"citations\":[…],\"grounded\":true,\"mode\":\"extractive\"}\n\n")))
    @APIResponse(responseCode = "429", description = "Too many questions from this client; see Retry-After",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "400", description = "Missing, blank, over-long or malformed question",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @RateLimited
    public Multi<OutboundSseEvent> stream(AskRequest request, @Context Sse sse) {
        AskRequest continued = continued(requireBody(request));
        Question asked = continued.toQuestion();
        Question question = asked.within(access.restrict(asked.filter()));
        String owner = person.id(); // read now: the stream runs outside this request's scope
        gate.requireReady();
        AnswerAdmission.Slot slot = admission.enter(); // held until the stream ends, however it ends
        return Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            try {
                answers.stream(question, new AnswerListener() {
                    @Override
                    public void onText(String delta) {
                        if (!emitter.isCancelled()) {
                            emitter.emit(event(sse, "delta", Map.of("text", delta)));
                        }
                    }

                    @Override
                    public void onComplete(Answer answer) {
                        String id = conversations.add(owner, continued.conversationId(), continued.question().strip(), answer).id();
                        emitter.emit(event(sse, "done", new AskResponse(answer, id)));
                    }
                });
            } catch (RuntimeException e) {
                Log.errorf(e, "Streaming an answer failed");
                emitter.emit(event(sse, "error", Map.of("message", "the answer could not be completed")));
            }
            emitter.complete();
        }).onTermination().invoke(slot::close).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private OutboundSseEvent event(Sse sse, String name, Object data) {
        try {
            return sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(mapper.writeValueAsString(data)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static AskRequest requireBody(AskRequest request) {
        if (request == null) {
            throw ApiException.badRequest("a JSON body {\"question\": \"...\"} is required");
        }
        return request;
    }
}
