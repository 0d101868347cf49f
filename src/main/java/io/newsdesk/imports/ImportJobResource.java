package io.newsdesk.imports;

import io.newsdesk.http.ApiException;
import io.newsdesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Import jobs: followed and cancelled by id. */
@RolesAllowed(Roles.EDITOR)
@Path("/api/imports")
@Tag(name = "Imports", description = "Background NDJSON imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportJobResource {

    private final ImportJobs jobs;

    public ImportJobResource(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Operation(summary = "Recent imports, newest first")
    public List<ImportJob> list() {
        return jobs.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An import's state and progress")
    public ImportJob get(@PathParam("id") String id) {
        return jobs.get(id).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel an import; what it indexed stays")
    public ImportJob cancel(@PathParam("id") String id) {
        try {
            return jobs.cancel(id).orElseThrow(() -> notFound(id));
        } catch (IllegalStateException e) {
            throw new ApiException(409, e.getMessage());
        }
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("no import with id \"" + id + "\"");
    }
}
