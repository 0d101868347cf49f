package io.newsdesk.limits;

import io.newsdesk.http.RouteErrors;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Request limits per route, checked before a body is read: small JSON bodies for asking, feedback and
 * {@code /v1}; larger ones for Slack's callbacks and uploads (the upload limit plus a multipart envelope); the largest for imports, which are streamed to disk.
 * A body over its route's limit gets 413, a JSON endpoint without a JSON content type 415 (so a plain
 * HTML form or a {@code text/plain} fetch from another site cannot call it), and a chunked body on a
 * small-body route 411 (chunked, or HTTP/2 without a length), since its size cannot be checked up front. Everything as JSON.
 */
@ApplicationScoped
public class BodyLimits {

    /** Room for a multipart envelope and the form fields around an uploaded file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final LimitsConfig.Limits limits;
    private final long uploadBytes;

    public BodyLimits(LimitsConfig config, io.newsdesk.documents.DocumentsConfig documents) {
        this.limits = config.limits();
        this.uploadBytes = documents.upload().maxBytes() + MULTIPART_OVERHEAD;
    }

    void register(@Observes Router router) {
        router.route().order(-1000).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
            context.next();
            return;
        }
        String path = context.normalizedPath();
        Route route = Route.of(path);
        if (route == Route.OTHER) {
            context.next();
            return;
        }
        long max = switch (route) {
            case IMPORT -> limits.importBodyBytes();
            case SLACK -> limits.slackBodyBytes();
            case ARTICLES -> uploadBytes;
            default -> limits.jsonBodyBytes();
        };
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        // Imports stream to disk under their own limit; an upload's size is checked once received (multipart
        // clients often send it chunked), within the server's overall body limit.
        if (length == null && route != Route.IMPORT && route != Route.ARTICLES) { // chunked, or HTTP/2 without a length
            refuse(context, 411, "send the body with a Content-Length (at most " + max + " bytes)");
            return;
        }
        if (length != null) {
            long bytes;
            try {
                bytes = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                refuse(context, 400, "Content-Length is not a number");
                return;
            }
            if (bytes > max) {
                refuse(context, 413, "the request body is " + bytes + " bytes; at most " + max + " are accepted here");
                return;
            }
        }
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        type = type == null ? "" : type.strip().toLowerCase(java.util.Locale.ROOT);
        if (route == Route.JSON && !type.startsWith("application/json")) {
            refuse(context, 415, "unsupported content type; send application/json");
            return;
        }
        if (route == Route.ARTICLES && !type.startsWith("application/json") && !type.startsWith("multipart/form-data")) {
            refuse(context, 415, "unsupported content type; send a file as multipart/form-data, or JSON");
            return;
        }
        context.next();
    }

    private static void refuse(RoutingContext context, int status, String message) {
        RouteErrors.send(context, status, message);
    }

    /** The body classes of the API's routes. */
    enum Route {
        JSON, SLACK, IMPORT, ARTICLES, OTHER;

        static Route of(String path) {
            if (path.startsWith("/api/articles/import")) {
                return IMPORT;
            }
            if (path.equals("/api/articles") || path.startsWith("/api/articles/")) {
                return ARTICLES;
            }
            if (path.startsWith("/slack/")) {
                return SLACK;
            }
            if (path.startsWith("/api/ask") || path.startsWith("/api/feedback") || path.startsWith("/v1/")
                    || path.startsWith("/api/search")) {
                return JSON;
            }
            return OTHER;
        }
    }
}
