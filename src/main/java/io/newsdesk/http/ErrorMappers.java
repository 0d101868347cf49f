package io.newsdesk.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;


/** Turns every failure into a small JSON {@link ApiError}: never a stack trace, never a class name. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response api(ApiException e) {
        Response response = respond(e.status(), e.getMessage());
        return e.retryAfterSeconds() < 0 ? response
                : Response.fromResponse(response).header("Retry-After", Long.toString(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response document(io.newsdesk.documents.DocumentRejected e) {
        return respond(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return respond(400, "malformed JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
    }

    /** More specific than Quarkus' built-in mapper, which answers with an empty body. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        String field = e.getPath().isEmpty() ? "body" : "\"" + e.getPath().get(e.getPath().size() - 1).getFieldName() + "\"";
        return respond(400, "malformed JSON: " + field + " has the wrong type");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String message = switch (status) {
            case 400 -> e.getCause() instanceof JsonProcessingException json
                    ? "malformed JSON: " + json.getOriginalMessage() : "malformed request";
            case 404 -> "no such resource";
            case 405 -> "method not allowed here";
            case 406 -> "cannot produce the requested media type";
            case 413 -> "the request body is too large";
            case 415 -> "unsupported content type; send application/json";
            default -> Response.Status.fromStatusCode(status) == null ? "request failed"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
        return respond(status, message);
    }

    /** The shared Elasticsearch store could not serve the request even after retries: try again shortly. */
    @ServerExceptionMapper
    public Response clusterUnavailable(io.newsdesk.elasticsearch.ClusterUnavailable e) {
        return Response.fromResponse(respond(503, "the search cluster is unavailable; try again shortly"))
                .header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        Log.errorf(e, "Unexpected error");
        return respond(500, "internal error; the service logs have the details");
    }

    public static Response respond(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(status, message)).build();
    }
}
