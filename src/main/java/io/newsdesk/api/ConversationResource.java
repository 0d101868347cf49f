package io.newsdesk.api;

import io.newsdesk.conversations.Conversation;
import io.newsdesk.conversations.ConversationStore;
import io.newsdesk.conversations.ConversationView;
import io.newsdesk.conversations.Person;
import io.newsdesk.http.ApiException;
import io.newsdesk.http.QueryParams;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.security.Access;
import io.newsdesk.security.Roles;
import io.newsdesk.text.VisibleText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * The caller's own conversations: list and search them, read, rename, delete, share by a read-only link, export.
 * Another person's conversation answers 404, as one that does not exist.
 */
@RolesAllowed(Roles.READER)
@Path("/api/conversations")
@Tag(name = "Conversations", description = "Your questions and their answers, kept on the server")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {

    static final int MAX_PAGE = 200;

    private final ConversationStore store;
    private final Person person;
    private final CorpusIndex index;
    private final Access access;

    public ConversationResource(ConversationStore store, Person person, CorpusIndex index, Access access) {
        this.store = store;
        this.person = person;
        this.index = index;
        this.access = access;
    }

    @GET
    @Operation(summary = "Your conversations, most recently used first",
            description = "q: words that must all be in the title, a question or an answer; limit 1–200 (default 50); offset.")
    public ConversationPage list(@QueryParam("q") String query, @QueryParam("limit") String limitParam,
                                 @QueryParam("offset") String offsetParam) {
        int limit = QueryParams.wholeNumber(limitParam, "limit", 50, 1, MAX_PAGE);
        int offset = QueryParams.wholeNumber(offsetParam, "offset", 0, 0, Integer.MAX_VALUE);
        if (query != null && query.length() > 500) {
            throw ApiException.badRequest("\"q\" is longer than 500 characters");
        }
        ConversationStore.Page page = store.list(person.id(), query, offset, limit);
        return new ConversationPage(page.total(), page.conversations().stream().map(ConversationSummary::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of your conversations, with every question and answer",
            description = "A citation of an article you may no longer read is withheld, with the sentences quoting it.")
    public ConversationView get(@PathParam("id") String id) {
        return ConversationView.owned(own(id), readable());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename one of your conversations", description = "{\"title\": \"…\"} of 1–200 characters")
    public ConversationSummary rename(@PathParam("id") String id, RenameRequest request) {
        if (request == null || request.title() == null || VisibleText.of(request.title()).isBlank()) {
            throw ApiException.badRequest("a JSON body {\"title\": \"…\"} with a title that is not blank is required");
        }
        String title = request.title().strip();
        if (title.length() > Conversation.MAX_TITLE) {
            throw ApiException.badRequest("\"title\" is longer than " + Conversation.MAX_TITLE + " characters");
        }
        return ConversationSummary.of(store.rename(person.id(), id, title).orElseThrow(() -> notFound(id)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete one of your conversations", description = "Its link stops working too.")
    public Response delete(@PathParam("id") String id) {
        if (!store.delete(person.id(), id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/share")
    @Operation(summary = "Share one of your conversations by a read-only link",
            description = "Returns {\"url\"}. Whoever opens it sees only the citations their own rights allow. Sharing again "
                    + "makes a new link and ends the old one.")
    public ShareLink share(@PathParam("id") String id) {
        Conversation shared = store.share(person.id(), id).orElseThrow(() -> notFound(id));
        return new ShareLink(ConversationView.shareUrl(shared.shareToken()));
    }

    @DELETE
    @Path("/{id}/share")
    @Operation(summary = "End the read-only link of one of your conversations")
    public Response unshare(@PathParam("id") String id) {
        store.unshare(person.id(), id).orElseThrow(() -> notFound(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/export")
    @Produces({"text/markdown", MediaType.APPLICATION_JSON})
    @Operation(summary = "Export one of your conversations",
            description = "format=markdown (the default: each answer with its sources as footnotes, with dates and links) or json.")
    public Response export(@PathParam("id") String id, @QueryParam("format") String format) {
        ConversationView view = ConversationView.owned(own(id), readable());
        String name = "conversation-" + id;
        if (format == null || format.equals("markdown")) {
            return Response.ok(view.markdown(), "text/markdown; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".md\"").build();
        }
        if (format.equals("json")) {
            return Response.ok(view, MediaType.APPLICATION_JSON)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".json\"").build();
        }
        throw ApiException.badRequest("\"format\" must be markdown or json");
    }

    private Conversation own(String id) {
        return store.get(person.id(), id).orElseThrow(() -> notFound(id));
    }

    /** Whether the caller may read an article now. */
    private Predicate<String> readable() {
        return articleId -> index.article(articleId).map(access::mayRead).orElse(false);
    }

    static ApiException notFound(String id) {
        return new ApiException(404, "no conversation \"" + id + "\" of yours");
    }

    /** A conversation in the list. */
    public record ConversationSummary(String id, String title, Instant created, Instant updated, int questions,
                                      boolean shared) {
        static ConversationSummary of(Conversation c) {
            return new ConversationSummary(c.id(), c.title(), c.created(), c.updated(), c.turns().size(),
                    c.shareToken() != null);
        }
    }

    /** A page of conversations: how many match in all, and these. */
    public record ConversationPage(int total, List<ConversationSummary> conversations) {
    }

    public record RenameRequest(String title) {
    }

    /** A read-only link, as a path on this service. */
    public record ShareLink(String url) {
    }
}
