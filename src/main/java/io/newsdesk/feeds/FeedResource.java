package io.newsdesk.feeds;

import io.newsdesk.audit.Audit;
import io.newsdesk.domain.Article;
import io.newsdesk.domain.WebLink;
import io.newsdesk.http.ApiException;
import io.newsdesk.security.Access;
import io.newsdesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The subscribed feeds and how their reads went; editors add and remove feeds at run time. */
@RolesAllowed(Roles.READER)
@Path("/api/feeds")
@Tag(name = "Feeds", description = "Subscribed RSS and Atom feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,6})\\s*([smhd])");

    private final FeedPoller poller;
    private final Access access;
    private final Audit audit;

    public FeedResource(FeedPoller poller, Access access, Audit audit) {
        this.poller = poller;
        this.access = access;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Each feed: address, interval, last read, last error, items indexed")
    public List<FeedStatus> list() {
        return poller.statuses();
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to a feed (editor role)",
            description = "{\"name\", \"url\", \"interval\"?, \"desk\"?}: name of letters, digits, '.', '_' or '-' (up to 64); "
                    + "url an http(s) RSS 2.0 or Atom address; interval as 15m, 1h, 2d or ISO-8601 (PT15M), 1 minute to 7 days, "
                    + "default 15m; desk default general. Kept across restarts; read at once. Answers 201 with its status.")
    public Response add(AddFeed request) {
        if (request == null) {
            throw ApiException.badRequest("a JSON body {\"name\", \"url\", \"interval\"?, \"desk\"?} is required");
        }
        if (request.name() == null || !NAME.matcher(request.name()).matches()) {
            throw ApiException.badRequest("\"name\" must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        String url = ApiException.badRequestUnless(() -> WebLink.checked(request.url()));
        if (url == null) {
            throw ApiException.badRequest("\"url\" is required: the feed's http or https address");
        }
        String desk = java.util.Objects.requireNonNullElse(
                ApiException.badRequestUnless(() -> Article.checkedDesk(request.desk())), Article.DEFAULT_DESK);
        access.requireEdit(desk);
        Duration interval = interval(request.interval());
        Subscription feed;
        try {
            feed = poller.add(Subscription.added(request.name(), url, interval, desk));
        } catch (IllegalStateException e) {
            throw new ApiException(409, e.getMessage());
        }
        audit.feed("feed-add", feed.name(), desk, access.who());
        return Response.created(URI.create("/api/feeds/" + feed.name()))
                .entity(poller.statuses().stream().filter(s -> s.name().equals(feed.name())).findFirst().orElse(null)).build();
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/{name}")
    @Operation(summary = "Unsubscribe from a feed added at run time (editor role)",
            description = "Its articles stay. A feed from configuration answers 409: remove it there.")
    public Response remove(@PathParam("name") String name) {
        Subscription feed = poller.subscription(name).orElseThrow(() -> new ApiException(404, "no feed \"" + name + "\""));
        access.requireEdit(feed.desk());
        try {
            poller.remove(name);
        } catch (UnsupportedOperationException e) {
            throw new ApiException(409, e.getMessage());
        }
        audit.feed("feed-remove", name, feed.desk(), access.who());
        return Response.noContent().build();
    }

    static Duration interval(String text) {
        if (text == null || text.isBlank()) {
            return Subscription.DEFAULT_INTERVAL;
        }
        Duration interval;
        Matcher shorthand = SHORT_DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (shorthand.matches()) {
            long n = Long.parseLong(shorthand.group(1));
            interval = switch (shorthand.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                interval = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("\"interval\" must be like 15m, 1h, 2d or PT15M");
            }
        }
        if (interval.compareTo(Subscription.MIN_INTERVAL) < 0 || interval.compareTo(Subscription.MAX_INTERVAL) > 0) {
            throw ApiException.badRequest("\"interval\" must be between 1 minute and 7 days");
        }
        return interval;
    }

    /** Body of {@code POST /api/feeds}. */
    public record AddFeed(String name, String url, String interval, String desk) {
    }
}
