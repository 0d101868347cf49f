package io.newsdesk.ingest;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.WebLink;
import io.newsdesk.text.VisibleText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads newline-delimited JSON articles, {@code {"id","title","text","url"?,"publishedAt"?,"source"?,"desk"?}} a
 * line: {@code source} is the publication that ran it, {@code publishedAt} (or {@code published_at}) a date.
 * A bad line is reported by number and skipped; it never costs the good lines around it.
 */
@ApplicationScoped
public class NdjsonArticleReader {

    private static final int MAX_TITLE_WORDS = 12;

    private final ObjectMapper mapper;

    public NdjsonArticleReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Streams valid articles to {@code sink}; returns the errors of the invalid lines. */
    public List<LineError> read(Reader input, String source, Consumer<Article> sink) throws IOException {
        List<LineError> errors = new ArrayList<>();
        BufferedReader reader = new BufferedReader(input);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Article article;
            try {
                article = parseLine(line, source);
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(number, e.getMessage()));
                continue;
            }
            sink.accept(article);
        }
        return errors;
    }

    /** One line as an article; an {@link IllegalArgumentException} says what is wrong with it. */
    public Article parseLine(String line, String source) {
        JsonNode node;
        try {
            node = mapper.readTree(line.startsWith("\uFEFF") ? line.substring(1) : line); // a byte order mark opens some exports
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid JSON");
        }
        return parse(node, source);
    }

    /** An article from its fields, as an import line would give them; ids and titles are kept as given. */
    public Article fromFields(String id, String title, String text, String url, String publishedAt, String source) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("\"text\" is required");
        }
        return Article.of(checked(id), title.strip(), source, paragraphs(text), WebLink.checked(url), publishedAt);
    }

    /** The text's paragraphs; throws when it has no words, only symbols or characters nobody sees. */
    private static List<String> paragraphs(String text) {
        if (!VisibleText.hasWords(text)) {
            throw new IllegalArgumentException("\"text\" has no words in it");
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n|\\r?\\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        return paragraphs;
    }

    private static Article parse(JsonNode node, String source) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("a line must be a JSON object");
        }
        String text = string(node, "text");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("missing \"text\"");
        }
        String title = string(node, "title");
        if (title == null || VisibleText.of(title).isBlank()) {
            String[] words = text.strip().split("\\s+");
            title = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, MAX_TITLE_WORDS)));
        }
        String id = identifier(node);
        if (id == null || id.isBlank()) {
            id = ArticleIds.of(source, title);
        }
        String publishedAt = string(node, node.has("publishedAt") ? "publishedAt" : "published_at");
        if (publishedAt != null && !publishedAt.isBlank() && io.newsdesk.time.PublishedDates.iso(publishedAt) == null) {
            throw new IllegalArgumentException("\"publishedAt\" must be a date, such as 2023-11-27 or 2023-11-27T08:45:59Z");
        }
        return Article.of(checked(id), title.strip(), source, paragraphs(text), WebLink.checked(string(node, "url")),
                publishedAt, string(node, "source"), Article.checkedDesk(string(node, "desk")));
    }

    /** An id every store takes (Elasticsearch refuses document ids over 512 bytes). */
    private static String checked(String id) {
        String stripped = id.strip();
        if (stripped.length() > ArticleIds.MAX_LENGTH) {
            throw new IllegalArgumentException("\"id\" must have at most " + ArticleIds.MAX_LENGTH + " characters");
        }
        if (stripped.isEmpty() || !VisibleText.of(stripped).equals(stripped)) {
            throw new IllegalArgumentException("\"id\" must be visible characters, without control or invisible ones");
        }
        return stripped;
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    /** The article id: a string, or a whole number as many archives use. */
    private static String identifier(JsonNode node) {
        JsonNode value = node.get("id");
        if (value != null && value.isIntegralNumber()) {
            return value.asText();
        }
        return string(node, "id");
    }
}
