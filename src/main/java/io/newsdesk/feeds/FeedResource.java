package io.newsdesk.feeds;

import io.newsdesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The subscribed feeds and how their reads went. */
@RolesAllowed(Roles.READER)
@Path("/api/feeds")
@Tag(name = "Feeds", description = "Subscribed RSS and Atom feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private final FeedPoller poller;

    public FeedResource(FeedPoller poller) {
        this.poller = poller;
    }

    @GET
    @Operation(summary = "Each feed: address, interval, last read, last error, items indexed")
    public List<FeedStatus> list() {
        return poller.statuses();
    }
}
