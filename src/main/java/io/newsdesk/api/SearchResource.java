package io.newsdesk.api;

import io.newsdesk.domain.Article;
import io.newsdesk.http.FilterParams;
import io.newsdesk.index.SearchFilter;
import io.newsdesk.security.Access;

import io.newsdesk.http.CorpusGate;
import io.newsdesk.http.QueryParams;
import io.newsdesk.http.ApiException;
import jakarta.annotation.security.RolesAllowed;
import io.newsdesk.limits.RateLimited;
import io.newsdesk.security.Roles;
import io.newsdesk.answer.Question;
import io.newsdesk.retrieve.Retriever;
import io.newsdesk.retrieve.SearchMode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Ranked passages for a query, from the hybrid retriever or a single one. */
@RolesAllowed(Roles.READER)
@Path("/api/search")
@Tag(name = "Search", description = "Ranked passages")
public class SearchResource {

    static final int MAX_K = 100;

    private final Retriever retriever;
    private final CorpusGate gate;
    private final Access access;

    public SearchResource(Retriever retriever, CorpusGate gate, Access access) {
        this.retriever = retriever;
        this.gate = gate;
        this.access = access;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search passages", description = "mode: hybrid (default), dense or keyword; k: 1–100 (default 10); "
            + "from/to: ISO dates or date-times, inclusive, by publication day; source and desk: repeat or comma-separate. "
            + "Filters apply before the top k, so a filtered search still gets k results when there are k to get.")
    @RateLimited
    public SearchResponse search(@QueryParam("q") String q, @QueryParam("k") String k, @QueryParam("mode") String mode,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("source") List<String> sources, @QueryParam("desk") List<String> desks) {
        Question.problem(q).ifPresent(problem -> {
            throw ApiException.badRequest(switch (problem) {
                case BLANK -> "query parameter \"q\" is required";
                case TOO_LONG -> "\"q\" is longer than " + Question.MAX_CHARS + " characters";
                case NO_WORDS -> "\"q\" has no words in it: search with letters or digits";
            });
        });
        int limit = QueryParams.wholeNumber(k, "k", 10, 1, MAX_K);
        SearchMode searchMode;
        try {
            searchMode = mode == null || mode.isBlank() ? SearchMode.HYBRID : SearchMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        SearchFilter filter = access.restrict(FilterParams.of(from, to, sources, desks));
        gate.requireReady();
        List<SearchResponse.Result> results = retriever.search(Question.normalize(q), limit, searchMode, filter).stream()
                .map(hit -> SearchResponse.Result.of(hit.chunk().article(), hit.chunk().chunk().text(), hit.score()))
                .toList();
        return new SearchResponse(results);
    }

    /** Ranked passages, best first. */
    public record SearchResponse(List<Result> results) {

        /**
         * A passage and its score in the chosen mode (fused, cosine or BM25).
         *
         * @param source      the publication, or where the article came from when that is not known
         * @param publishedAt ISO-8601, or null when the date is unknown
         */
        public record Result(String articleId, String title, String source, String publishedAt, String url, String desk,
                             String text, double score) {

            static Result of(Article article, String text, double score) {
                return new Result(article.id(), article.title(), article.shownSource(), article.publishedAt(), article.url(),
                        article.desk(), text, Math.round(score * 10000) / 10000.0);
            }
        }
    }
}
