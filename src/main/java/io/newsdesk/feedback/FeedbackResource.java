package io.newsdesk.feedback;

import jakarta.annotation.security.RolesAllowed;
import io.newsdesk.security.Roles;
import io.newsdesk.http.ApiException;
import io.newsdesk.text.VisibleText;
import io.newsdesk.answer.Question;
import io.newsdesk.domain.Article;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.security.Access;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;


/** Thumbs up or down on answers, from the chat page or any client. */
@RolesAllowed(Roles.READER)
@Path("/api/feedback")
@Tag(name = "Feedback", description = "Was an answer helpful?")
public class FeedbackResource {

    static final int MAX_COMMENT = 2000;
    static final int MAX_ANSWER = 20_000;

    static final int MAX_ARTICLES = 100;

    private final FeedbackStore store;
    private final CorpusIndex index;
    private final Access access;

    public FeedbackResource(FeedbackStore store, CorpusIndex index, Access access) {
        this.store = store;
        this.index = index;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record feedback on an answer", description = "{question, answer, helpful, comment?, articles?}: "
            + "articles are the ids the answer cites; only editors who may read their desks see the entry")
    public Response add(FeedbackRequest request) {
        if (request == null) {
            throw ApiException.badRequest("a JSON body {question, answer, helpful, comment?} is required");
        }
        require(request.question(), "question", Question.MAX_CHARS);
        require(request.answer(), "answer", MAX_ANSWER);
        if (request.helpful() == null) {
            throw ApiException.badRequest("\"helpful\" is required: true or false");
        }
        if (request.comment() != null && request.comment().length() > MAX_COMMENT) {
            throw ApiException.badRequest("\"comment\" is longer than " + MAX_COMMENT + " characters");
        }
        if (request.articles() != null && request.articles().size() > MAX_ARTICLES) {
            throw ApiException.badRequest("\"articles\" names more than " + MAX_ARTICLES + " articles");
        }
        Feedback stored = store.add(request.question().strip(), request.answer(), request.helpful(), request.comment(),
                "web".equals(request.channel()) ? "web" : "api", desksOf(request.articles()));
        return Response.status(201).entity(stored).build();
    }

    @RolesAllowed(Roles.EDITOR)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List feedback, newest first (editor role)",
            description = "limit: 1–1000 (default 100); after: the 'next' value of the previous page")
    public FeedbackStore.Page list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        int size = io.newsdesk.http.QueryParams.wholeNumber(limit, "limit", 100, 1, 1000);
        if (after != null && (after.isBlank() || after.length() > 100)) {
            throw ApiException.badRequest("\"after\" must be the 'next' value of a previous page");
        }
        return store.page(size, after, entry -> entry.desks() == null || entry.desks().stream().allMatch(access::mayRead));
    }

    /**
     * The desks an answer may quote: those of the articles it cites that the caller may read, or, when it does not
     * say which it cites, every desk with lists of its own that the caller reads and the default desk.
     */
    private Set<String> desksOf(List<String> articles) {
        Set<String> desks = new TreeSet<>();
        if (articles == null) {
            desks.addAll(access.readableRestrictedDesks());
            desks.add(Article.DEFAULT_DESK);
            return desks;
        }
        index.articles(articles.stream().filter(id -> id != null && id.length() <= 200).distinct().toList()).values()
                .stream().filter(access::mayRead).forEach(article -> desks.add(article.desk()));
        return desks;
    }

    private static void require(String value, String field, int max) {
        if (VisibleText.of(value).isBlank()) {
            throw ApiException.badRequest("\"" + field + "\" is required and must not be blank");
        }
        if (value.length() > max) {
            throw ApiException.badRequest("\"" + field + "\" is longer than " + max + " characters");
        }
    }

    /** Body of {@code POST /api/feedback}; {@code channel} is {@code web} from the chat page, else {@code api}. */
    public record FeedbackRequest(String question, String answer, Boolean helpful, String comment, String channel,
                                  List<String> articles) {
    }
}
