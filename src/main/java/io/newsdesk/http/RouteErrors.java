package io.newsdesk.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * JSON errors for what fails below JAX-RS, in the HTTP layer: a body refused by a route filter, or one that
 * cannot be decoded at all (a malformed multipart form). Without this, Quarkus answers such failures with
 * its HTML error page.
 */
@ApplicationScoped
public class RouteErrors {

    private static final Logger LOG = Logger.getLogger(RouteErrors.class);

    void register(@Observes Router router) {
        router.route().order(-2000).failureHandler(this::failed);
    }

    void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode();
        if (isMalformedBody(context.failure())) {
            status = 400;
        } else if (status < 400) {
            status = 500;
        }
        if (status >= 500) {
            LOG.errorf(context.failure(), "Request to %s failed", context.normalizedPath());
        }
        send(context, status, switch (status) {
            case 400 -> "malformed request body";
            case 413 -> "the request body is too large";
            case 500 -> "internal error; the service logs have the details";
            default -> ApiError.of(status, "").error().replace('_', ' ');
        });
    }

    /** Ends a request with a JSON {@link ApiError}, closing the connection (its body may be unread). */
    public static void send(RoutingContext context, int status, String message) {
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(ApiError.of(status, message)));
    }

    /**
     * A body the HTTP layer could not decode: Netty's decoders fail with their own exceptions, Vert.x's form
     * parser with an {@code IOException} about the multipart request.
     */
    private static boolean isMalformedBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            boolean multipart = cause instanceof java.io.IOException && cause.getMessage() != null
                    && cause.getMessage().contains("multipart");
            if (multipart || cause.getClass().getName().startsWith("io.netty.handler.codec.")) {
                return true;
            }
        }
        return false;
    }
}
