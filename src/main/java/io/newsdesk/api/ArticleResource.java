package io.newsdesk.api;

import io.newsdesk.http.FilterParams;
import io.newsdesk.index.SearchFilter;
import io.newsdesk.security.Access;

import io.newsdesk.http.QueryParams;
import io.newsdesk.http.ApiException;
import io.newsdesk.imports.ImportConfig;
import io.newsdesk.ingest.ArticleIds;
import io.newsdesk.archive.Archive;
import io.newsdesk.archive.Origin;
import io.newsdesk.documents.DocumentArticles;
import io.newsdesk.documents.DocumentsConfig;
import io.newsdesk.documents.PublishedDates;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.domain.Article;
import io.newsdesk.domain.WebLink;
import io.newsdesk.ingest.NdjsonArticleReader;
import io.newsdesk.security.Roles;
import io.newsdesk.text.VisibleText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;

/** The articles: list and read them; add a file or a web page; replace or remove one. */
@RolesAllowed(Roles.READER)
@Path("/api/articles")
@Tag(name = "Articles", description = "The indexed articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final int MAX_PAGE = 1000;

    private final CorpusIndex index;
    private final Archive archive;
    private final DocumentArticles documents;
    private final DocumentsConfig.Upload uploads;
    private final NdjsonArticleReader articles;
    private final int maxArticleChars;

    private final Access access;

    public ArticleResource(CorpusIndex index, Archive archive, DocumentArticles documents, DocumentsConfig config,
                           NdjsonArticleReader articles, ImportConfig imports, Access access) {
        this.access = access;
        this.index = index;
        this.archive = archive;
        this.documents = documents;
        this.uploads = config.upload();
        this.articles = articles;
        this.maxArticleChars = imports.maxArticleChars();
    }

    @GET
    @Operation(summary = "A page of the articles, newest first, with their passage counts",
            description = "q: words that must all be in an article's title or text (as search reads them: \"Baidu's\" finds "
                    + "\"Baidu\"); from/to (ISO dates, inclusive, by publication day), source and desk (repeat or "
                    + "comma-separate) narrow the list; sort=date (newest first, undated last) or relevance (with q); "
                    + "total counts what they let through.")
    public ArticlePage list(@QueryParam("limit") String limitParam, @QueryParam("offset") String offsetParam,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("source") List<String> sources, @QueryParam("desk") List<String> desks,
                            @QueryParam("q") String query, @QueryParam("sort") String sort) {
        int limit = QueryParams.wholeNumber(limitParam, "limit", 100, 1, MAX_PAGE);
        int offset = QueryParams.wholeNumber(offsetParam, "offset", 0, 0, Integer.MAX_VALUE);
        SearchFilter filter = access.restrict(FilterParams.of(from, to, sources, desks));
        if (query != null && query.length() > MAX_QUERY) {
            throw ApiException.badRequest("\"q\" is longer than " + MAX_QUERY + " characters");
        }
        boolean words = query != null && !VisibleText.of(query).isBlank();
        if (sort != null && !sort.equals("date") && !sort.equals("relevance")) {
            throw ApiException.badRequest("\"sort\" must be date or relevance");
        }
        if ("relevance".equals(sort) && !words) {
            throw ApiException.badRequest("sort=relevance needs words to rank by: give \"q\"");
        }
        List<String> terms = words ? index.terms(query) : List.of();
        if (words && terms.isEmpty()) {
            return new ArticlePage(0, List.of()); // only words search passes over ("the", "of")
        }
        CorpusIndex.ArticleMatches found = index.findArticles(terms, filter, "relevance".equals(sort), offset, limit);
        return new ArticlePage(found.total(), found.articles().stream().map(this::summary).toList());
    }

    static final int MAX_QUERY = 500;

    @GET
    @Path("/sources")
    @Operation(summary = "The sources of the articles, each with its article count", description = "What the source filter takes.")
    public java.util.Map<String, Integer> sources() {
        return index.sources(access.restrict(SearchFilter.NONE));
    }

    @GET
    @Path("/desks")
    @Operation(summary = "The desks the caller may read, each with its article count and whether the caller may edit it",
            description = "What the desk filter takes; a restricted desk the caller may read is listed even while empty.")
    public List<DeskSummary> desks() {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>(index.desks(access.restrict(SearchFilter.NONE)));
        access.readableRestrictedDesks().forEach(desk -> counts.putIfAbsent(desk, 0));
        return counts.entrySet().stream()
                .map(entry -> new DeskSummary(entry.getKey(), entry.getValue(), access.mayEdit(entry.getKey())))
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article: cleaned text and paragraphs with offsets")
    public Article get(@PathParam("id") String id) {
        return readable(id).orElseThrow(() -> notFound(id));
    }

    /** The article, if there is one the caller may read: one on a desk it may not read is as good as absent. */
    private java.util.Optional<Article> readable(String id) {
        return index.article(id).filter(access::mayRead);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a file as an article",
            description = "Parts: \"file\" (text, Markdown, HTML, PDF or .docx; the type is read from the content), "
                    + "and optional \"title\", \"url\", \"publishedAt\", \"source\" (the publication), \"desk\". "
                    + "Answers 201 with the article.")
    public Response upload(@RestForm("file") FileUpload file, @RestForm("title") String title,
                           @RestForm("url") String url, @RestForm("publishedAt") String publishedAt,
                           @RestForm("source") String source, @RestForm("desk") String desk) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.badRequest("send the document in a multipart part named \"file\"");
        }
        if (file.size() > uploads.maxBytes()) {
            throw new ApiException(413, "the file is " + file.size() + " bytes; at most " + uploads.maxBytes() + " are accepted");
        }
        String link = ApiException.badRequestUnless(() -> WebLink.checked(url));
        String onDesk = desk(desk);
        byte[] content = Files.readAllBytes(file.uploadedFile());
        return created(store(documents.fromUpload(content, file.fileName(),
                new DocumentArticles.Placement(title, link, publishedAt, source, onDesk)), Origin.UPLOAD));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add the web page at an address as an article",
            description = "{\"url\": \"https://...\", \"title\"?, \"publishedAt\"?, \"source\"?, \"desk\"?}: the page is "
                    + "fetched, its story text extracted and indexed; its date and publication come from the page's metadata "
                    + "unless given. Answers 201 with the article.")
    public Response addPage(PageRequest request) {
        if (request == null || request.url() == null || request.url().isBlank()) {
            throw ApiException.badRequest("\"url\" is required");
        }
        String onDesk = desk(request.desk());
        return created(store(documents.fromPage(new DocumentArticles.Placement(request.title(), request.url(),
                request.publishedAt(), request.source(), onDesk)), Origin.WEB));
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an article (or add one with this id)",
            description = "{\"title\", \"text\", \"url\"?, \"publishedAt\"?, \"source\"?, \"desk\"?}: after this returns, search and answers "
                    + "show only the new text. 200 when it replaced one, 201 when it is new.")
    public Response replace(@PathParam("id") String id, ArticleRequest request) {
        if (request == null) {
            throw ApiException.badRequest("send {\"title\", \"text\"}");
        }
        if (VisibleText.of(request.title()).isBlank()) {
            throw ApiException.badRequest("\"title\" is required");
        }
        if (id.isBlank() || id.length() > ArticleIds.MAX_LENGTH) {
            throw ApiException.badRequest("the id must have 1 to " + ArticleIds.MAX_LENGTH + " characters");
        }
        Article article;
        java.util.Optional<Article> existing = index.article(id);
        String onDesk = request.desk() != null ? desk(request.desk()) : existing.map(Article::desk).orElse(null);
        try {
            article = articles.fromFields(id, request.title(), request.text(), request.url(),
                    PublishedDates.given(request.publishedAt()), "api").withPublication(request.source()).withDesk(onDesk);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        // replacing is an edit of the desk it was on, and a move one of both desks (store() checks the new one)
        if (existing.isPresent() && !access.mayRead(existing.get())) {
            throw new ApiException(403, "you may not change the article with this id");
        }
        existing.ifPresent(held -> access.requireEdit(held.desk()));
        Archive.Added added = store(article, Origin.EDIT);
        return added.replaced() ? Response.ok(summary(added)).build() : created(added);
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove an article; 204, or 404 if there is none")
    public Response delete(@PathParam("id") String id) {
        Article held = readable(id).orElseThrow(() -> notFound(id));
        access.requireEdit(held.desk());
        if (!archive.delete(id, access.who(), Origin.EDIT)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    /** The desk a request names, checked, or null for the default desk; 400 for a bad name. */
    private static String desk(String given) {
        return ApiException.badRequestUnless(() -> Article.checkedDesk(given));
    }

    /** Stores an article no longer than an import may bring one, on a desk the caller may change (403 if not). */
    private Archive.Added store(Article article, Origin origin) {
        access.requireEdit(article.desk());
        if (article.text().length() > maxArticleChars) {
            throw new ApiException(413, "the article text is " + article.text().length() + " characters; at most "
                    + maxArticleChars + " are accepted");
        }
        return archive.add(article, origin, access.who());
    }

    private Response created(Archive.Added added) {
        return Response.created(URI.create("/api/articles/" + encode(added.article().id()))).entity(summary(added)).build();
    }

    private ArticleSummary summary(Article article) {
        return new ArticleSummary(article.id(), article.title(), article.shownSource(), article.url(), article.publishedAt(),
                article.desk(), index.chunkCount(article.id()), excerpt(article.text()));
    }

    /** The start of an article's text, cut at a word: what a list shows of it. */
    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT);
        return flat.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
    }

    static final int EXCERPT = 220;

    private static ArticleSummary summary(Archive.Added added) {
        Article a = added.article();
        return new ArticleSummary(a.id(), a.title(), a.shownSource(), a.url(), a.publishedAt(), a.desk(), added.chunks(), excerpt(a.text()));
    }

    private static String encode(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("no article with id \"" + id + "\"");
    }

    /** An article in a list: its source is the publication when known; publishedAt is null when the date is unknown. */
    public record ArticleSummary(String id, String title, String source, String url, String publishedAt, String desk,
                                 int chunks, String excerpt) {
    }

    /** A desk the caller may read: its articles, and whether the caller may change them. */
    public record DeskSummary(String desk, int articles, boolean editable) {
    }

    /** A page of the article list: {@code total} articles in all. */
    public record ArticlePage(int total, List<ArticleSummary> articles) {
    }

    /** A web page to add. */
    public record PageRequest(String url, String title, String publishedAt, String source, String desk) {
    }

    /** An article's new content. */
    public record ArticleRequest(String title, String text, String url, String publishedAt, String source, String desk) {
    }
}
