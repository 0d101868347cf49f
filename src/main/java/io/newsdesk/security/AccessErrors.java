package io.newsdesk.security;

import io.newsdesk.http.ErrorMappers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import jakarta.ws.rs.container.ResourceInfo;

import java.util.Arrays;

/**
 * JSON answers for refused requests: 401 with {@code WWW-Authenticate: Bearer} when no valid key or
 * token came, 403 when it lacks the role, and 403 with how to enable writes when no editor can exist.
 */
public class AccessErrors {

    static final String ENABLE_WRITES = "writes are disabled: no editor key is configured. Set newsdesk.api.keys "
            + "(environment NEWSDESK_API_KEYS) to one or more comma-separated editor keys, or configure JWT bearer "
            + "tokens (mp.jwt.verify.publickey.location), and send Authorization: Bearer <key>";

    private final ApiKeys keys;
    private final boolean tokensConfigured;

    public AccessErrors(ApiKeys keys, JwtSettings jwt) {
        this.keys = keys;
        this.tokensConfigured = jwt.configured();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, ResourceInfo resource) {
        if (needsEditor(resource) && !keys.editorKeysConfigured() && !tokensConfigured) {
            return ErrorMappers.respond(403, ENABLE_WRITES);
        }
        String role = needsEditor(resource) ? Roles.EDITOR : Roles.READER;
        return challenge("a valid API key or token with the " + role + " role is required: "
                + "send Authorization: Bearer <key>");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return challenge("the bearer token is invalid or expired");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ResourceInfo resource) {
        return ErrorMappers.respond(403, "this key or token lacks the " + (needsEditor(resource) ? Roles.EDITOR : Roles.READER)
                + " role needed here");
    }

    private static Response challenge(String message) {
        Response response = ErrorMappers.respond(401, message);
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** Whether the matched endpoint is for editors only (its method, or else its class, says {@code @RolesAllowed("editor")}). */
    private static boolean needsEditor(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return false;
        }
        RolesAllowed roles = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null && resource.getResourceClass() != null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return roles != null && Arrays.asList(roles.value()).contains(Roles.EDITOR)
                && !Arrays.asList(roles.value()).contains(Roles.READER);
    }
}
