package io.newsdesk.api;

import io.newsdesk.conversations.ConversationStore;
import io.newsdesk.conversations.ConversationView;
import io.newsdesk.http.ApiException;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.security.Access;
import io.newsdesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A conversation someone shared, read by its link: only what the reader's own rights allow. */
@RolesAllowed(Roles.READER)
@Path("/api/shared")
@Tag(name = "Conversations")
@Produces(MediaType.APPLICATION_JSON)
public class SharedConversationResource {

    private final ConversationStore store;
    private final CorpusIndex index;
    private final Access access;

    public SharedConversationResource(ConversationStore store, CorpusIndex index, Access access) {
        this.store = store;
        this.index = index;
        this.access = access;
    }

    @GET
    @Path("/{token}")
    @Operation(summary = "A shared conversation, read-only",
            description = "A citation of an article you may not read is withheld, with the sentences quoting it. 404 once "
                    + "its owner ends the link or deletes the conversation.")
    public ConversationView get(@PathParam("token") String token) {
        return store.shared(token)
                .map(conversation -> ConversationView.shared(conversation,
                        articleId -> index.article(articleId).map(access::mayRead).orElse(false)))
                .orElseThrow(() -> new ApiException(404, "this link is not shared, or no longer"));
    }
}
