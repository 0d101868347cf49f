package io.newsdesk.limits;

import io.newsdesk.http.ErrorMappers;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Answers 429 with {@code Retry-After} when a client has spent its allowance on {@link RateLimited} endpoints. */
@Provider
@RateLimited
public class RateLimitFilter implements ContainerRequestFilter {

    private final RateLimiter limiter;
    private final ClientIdentity clients;
    private final HttpServerRequest request;

    public RateLimitFilter(RateLimiter limiter, ClientIdentity clients, HttpServerRequest request) {
        this.limiter = limiter;
        this.clients = clients;
        this.request = request;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        limiter.tryAcquire(clients.of(request)).ifPresent(seconds -> context.abortWith(
                Response.fromResponse(ErrorMappers.respond(429,
                                "too many questions, try again in " + seconds + " s"))
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build()));
    }
}
