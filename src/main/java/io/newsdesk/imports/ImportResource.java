package io.newsdesk.imports;

import io.newsdesk.security.Access;

import io.newsdesk.http.ApiException;
import io.newsdesk.limits.LimitsConfig;
import io.newsdesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;

/** Bulk imports: accepted at once, spooled to disk and run in the background; see {@link ImportJobResource}. */
@RolesAllowed(Roles.EDITOR)
@Path("/api/articles/import")
@Tag(name = "Imports", description = "Background NDJSON imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    public static final String NDJSON = "application/x-ndjson";

    private final ImportJobs jobs;
    private final LimitsConfig limits;

    private final Access access;

    public ImportResource(ImportJobs jobs, LimitsConfig limits, Access access) {
        this.access = access;
        this.jobs = jobs;
        this.limits = limits;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import articles as newline-delimited JSON, in the background",
            description = "One {\"id\"?,\"title\"?,\"text\",\"url\"?,\"publishedAt\"?,\"source\"?,\"desk\"?} per line; a line for a desk the caller may not change is skipped as a bad line. Answers 202 with the job; "
                    + "follow it at the Location. Bad lines are reported by number and skipped; an existing id is replaced.")
    public Response importArticles(InputStream body, @HeaderParam("Content-Type") String contentType) throws IOException {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(NDJSON)) {
            throw new ApiException(415, "unsupported content type; send " + NDJSON + ", one JSON article per line");
        }
        ImportJob job;
        try {
            job = jobs.submit(body, "request", limits.limits().importBodyBytes(), access.grant());
        } catch (ImportJobs.QueueFull e) {
            throw new ApiException(429, e.getMessage()).withRetryAfter(30);
        } catch (ImportJobStore.BodyTooLarge e) {
            throw new ApiException(413, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return Response.accepted(job).location(URI.create("/api/imports/" + job.id())).build();
    }
}
