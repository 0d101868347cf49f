package io.newsdesk.documents;

import io.newsdesk.text.VisibleText;
import io.newsdesk.domain.Article;
import io.newsdesk.ingest.ArticleIds;
import io.newsdesk.ingest.ArticleSplitter;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes an article out of an uploaded file or a web page: text from the parser, cleaned of page clutter the
 * way scraped files are, titled by the caller or by the document itself.
 */
@ApplicationScoped
public class DocumentArticles {

    private static final int MAX_TITLE_CHARS = 300;
    private static final int MAX_FILE_NAME_CHARS = 200;

    private final DocumentParser parser;
    private final PageFetcher fetcher;
    private final ArticleSplitter splitter;

    public DocumentArticles(DocumentParser parser, PageFetcher fetcher, ArticleSplitter splitter) {
        this.parser = parser;
        this.fetcher = fetcher;
        this.splitter = splitter;
    }

    /** An uploaded file as an article; the same file name uploaded again replaces it. */
    public Article fromUpload(byte[] content, String fileName, String title, String url, String publishedAt) {
        return fromUpload(content, fileName, new Placement(title, url, publishedAt, null, null));
    }

    /** An uploaded file as an article, placed as the uploader says; the same file name uploaded again replaces it. */
    public Article fromUpload(byte[] content, String fileName, Placement given) {
        String name = fileName(fileName);
        ParsedDocument document = parser.parse(content, null);
        return article(document, name, withoutExtension(name), "upload:" + name, given, given.url());
    }

    /** The web page at {@code url} as an article; its address is its source, and fetching it again replaces it. */
    public Article fromPage(String url, String title, String publishedAt) {
        return fromPage(new Placement(title, url, publishedAt, null, null));
    }

    /**
     * The web page at {@code given.url()} as an article. Its publication is the one given, else the one the page
     * names itself by, else its host.
     */
    public Article fromPage(Placement given) {
        PageFetcher.FetchedPage page = fetcher.fetch(given.url());
        ParsedDocument document = parser.parse(page.content(), page.url());
        String publication = given.source() != null ? given.source()
                : document.publication() != null ? document.publication() : java.net.URI.create(page.url()).getHost();
        return article(document, page.url(), lastSegment(page.url()), page.url(), given.withSource(publication), page.url());
    }

    /**
     * What the person adding a document says of it; every field may be null.
     *
     * @param source the publication that ran it
     * @param desk   the desk it goes on
     */
    public record Placement(String title, String url, String publishedAt, String source, String desk) {

        Placement withSource(String publication) {
            return new Placement(title, url, publishedAt, publication, desk);
        }
    }

    /**
     * The id depends on the file name or the address only ({@code readable} names it, {@code key} is hashed), so
     * adding the same file or page again replaces the article even when its title changed.
     */
    private Article article(ParsedDocument document, String source, String readable, String key, Placement placement,
                            String url) {
        String given = PublishedDates.given(placement.publishedAt());
        String title = placement.title();
        String headline = !VisibleText.of(title).isBlank() ? title.strip() : document.title();
        List<String> paragraphs = new ArrayList<>(splitter.cleanParagraphs(document.paragraphs()));
        if (headline != null) {
            String heading = headline;
            paragraphs.removeIf(p -> p.equalsIgnoreCase(heading));
        }
        if (paragraphs.stream().noneMatch(VisibleText::hasWords)) {
            throw new DocumentRejected(422, "no article text was found in the " + document.mediaType() + " document");
        }
        if (VisibleText.of(headline).isBlank()) {
            headline = firstWords(paragraphs.get(0));
        }
        if (headline.length() > MAX_TITLE_CHARS) {
            headline = headline.substring(0, MAX_TITLE_CHARS).strip() + "…";
        }
        return Article.of(ArticleIds.forKey(readable, key), headline, source, paragraphs, url,
                given != null ? given : PublishedDates.found(document.publishedAt()),
                placement.source() != null ? placement.source() : document.publication(), placement.desk());
    }

    /**
     * The uploaded file's own name: without the folders some clients send ({@code ../../notes.txt}), without
     * characters nobody sees, at most {@value #MAX_FILE_NAME_CHARS} characters; "upload" when it has none.
     */
    static String fileName(String given) {
        String name = VisibleText.of(given).strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.length() > MAX_FILE_NAME_CHARS) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_FILE_NAME_CHARS - extension.length()) + extension;
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "upload" : name;
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The last segment of an address's path, without its extension, or its host. */
    private static String lastSegment(String url) {
        java.net.URI uri = java.net.URI.create(url);
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? uri.getHost() : withoutExtension(last);
    }

    private static String firstWords(String paragraph) {
        String[] words = paragraph.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 12)));
    }
}
