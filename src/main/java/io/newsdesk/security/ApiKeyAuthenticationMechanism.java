package io.newsdesk.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AnonymousAuthenticationRequest;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * API keys as {@code Authorization: Bearer <key>}. When JWT tokens are configured, a bearer value
 * shaped like a JWT is left to the token mechanism (smallrye-jwt); any other value is looked up among
 * the API keys.
 * An unknown key counts as no key: the request goes on anonymous, so open endpoints keep working for
 * clients that always send one (OpenAI libraries send {@code none}) and protected ones answer 401.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Identity attribute naming the client for rate limits: a key's fingerprint, never the key. */
    public static final String CLIENT_ATTRIBUTE = "newsdesk.client";

    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final String BEARER = "bearer ";

    private final boolean jwtConfigured;

    public ApiKeyAuthenticationMechanism(JwtSettings jwt) {
        this.jwtConfigured = jwt.configured();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = bearer(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (token == null || (jwtConfigured && looksLikeJwt(token))) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                        new ApiKeyAuthenticationRequest(token), context))
                // the provider found no such key: the request goes on as anonymous
                .onFailure(AuthenticationFailedException.class)
                .recoverWithUni(() -> identities.authenticate(AnonymousAuthenticationRequest.INSTANCE));
    }

    /** Whether a bearer value has a JWT's shape (three base64url parts); says nothing of its validity. */
    public static boolean looksLikeJwt(String token) {
        return JWT.matcher(token).matches();
    }

    /** The bearer value of an Authorization header, or null. */
    public static String bearer(String header) {
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }

    /** Ahead of the JWT mechanism, so a non-JWT bearer value is never sent to it. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }
}
