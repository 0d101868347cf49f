package io.newsdesk.api;

import jakarta.annotation.security.RolesAllowed;
import io.newsdesk.security.Roles;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.ingest.Article;
import io.newsdesk.ingest.ImportResult;
import io.newsdesk.ingest.IngestionService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.util.List;

/** The articles: list, read one, and bulk-import more. */
@RolesAllowed(Roles.READER)
@Path("/api/articles")
@Tag(name = "Articles", description = "The indexed articles")
public class ArticleResource {

    public static final String NDJSON = "application/x-ndjson";

    private final CorpusIndex index;
    private final IngestionService ingestion;

    public ArticleResource(CorpusIndex index, IngestionService ingestion) {
        this.index = index;
        this.ingestion = ingestion;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List articles with their passage counts")
    public List<ArticleSummary> list() {
        return index.articles().stream()
                .map(a -> new ArticleSummary(a.id(), a.title(), a.source(), index.chunksOf(a.id()).size()))
                .toList();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One article: cleaned text and paragraphs with offsets")
    public Article get(@PathParam("id") String id) {
        return index.article(id).orElseThrow(() -> ApiException.notFound("no article with id \"" + id + "\""));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import articles as newline-delimited JSON",
            description = "One {\"id\",\"title\",\"text\",\"url\"?,\"publishedAt\"?} per line. Bad lines are reported "
                    + "by number and skipped; an existing id is replaced.")
    public Response importArticles(String body, @HeaderParam("Content-Type") String contentType) throws IOException {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith(NDJSON)) {
            throw new ApiException(415, "unsupported content type; send " + NDJSON + ", one JSON article per line");
        }
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("the body must hold one JSON article per line");
        }
        ImportResult result = ingestion.importNdjson(body, "import");
        if (result.imported() == 0 && !result.errors().isEmpty()) {
            return Response.status(400).entity(result).build();
        }
        return Response.ok(result).build();
    }

    /** An article in the list. */
    public record ArticleSummary(String id, String title, String source, int chunks) {
    }
}
