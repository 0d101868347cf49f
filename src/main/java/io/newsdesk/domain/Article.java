package io.newsdesk.domain;

import io.newsdesk.text.VisibleText;
import io.newsdesk.time.PublishedDates;

import java.util.List;
import java.util.Objects;

/**
 * One cleaned news article.
 *
 * @param id          stable id: from the source file and the title, or as given by an import
 * @param title       the headline
 * @param source      the file (or import) the article came from
 * @param text        cleaned body text; paragraphs are separated by a blank line
 * @param paragraphs  the paragraphs of {@code text}, with their offsets
 * @param url         optional link to the original
 * @param publishedAt optional publication date, ISO-8601 when it could be read ({@link PublishedDates#iso})
 * @param publication optional name of the publication or site that ran it ("TechCrunch"), as a reader knows it
 * @param desk        the desk (collection) it belongs to, which decides who may read it; {@value #DEFAULT_DESK} by default
 */
public record Article(String id, String title, String source, String text, List<Paragraph> paragraphs,
                      String url, String publishedAt, String publication, String desk) {

    /** The desk of an article nobody placed. */
    public static final String DEFAULT_DESK = "general";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        publication = publication == null || publication.isBlank() ? null : VisibleText.of(publication).strip();
        desk = desk == null || desk.isBlank() ? DEFAULT_DESK : desk.strip();
    }

    private static final java.util.regex.Pattern DESK_NAME = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{0,63}");

    /**
     * A desk name as given, stripped; null when none is given (the default desk). Throws
     * {@link IllegalArgumentException} for a name that is not 1–64 letters, digits, {@code _ . -}.
     */
    public static String checkedDesk(String desk) {
        if (desk == null || desk.isBlank()) {
            return null;
        }
        String name = desk.strip();
        if (!DESK_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("\"desk\" must be 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        return name;
    }

    /** An article of no known publication, on the default desk. */
    public Article(String id, String title, String source, String text, List<Paragraph> paragraphs,
                   String url, String publishedAt) {
        this(id, title, source, text, paragraphs, url, publishedAt, null, DEFAULT_DESK);
    }

    /** The source a reader sees and filters by: the publication when known, else where the article came from. */
    public String shownSource() {
        return publication != null ? publication : source;
    }

    /** The day it was published, when its date is known. */
    public java.util.Optional<java.time.LocalDate> day() {
        return PublishedDates.day(publishedAt);
    }

    public Article withPublication(String publication) {
        return new Article(id, title, source, text, paragraphs, url, publishedAt, publication, desk);
    }

    public Article withDesk(String desk) {
        return new Article(id, title, source, text, paragraphs, url, publishedAt, publication, desk);
    }

    /**
     * Builds an article from its paragraphs, computing the text and the offsets. Characters no reader sees are
     * {@linkplain VisibleText#of cleaned} from the title and paragraphs, and a paragraph left blank is dropped, so
     * every quote reads as the article shows.
     */
    public static Article of(String id, String title, String source, List<String> paragraphTexts,
                             String url, String publishedAt) {
        return of(id, title, source, paragraphTexts, url, publishedAt, null, DEFAULT_DESK);
    }

    /** As {@link #of(String, String, String, List, String, String)}, with a publication and a desk. */
    public static Article of(String id, String title, String source, List<String> paragraphTexts,
                             String url, String publishedAt, String publication, String desk) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new java.util.ArrayList<>(paragraphTexts.size());
        for (String given : paragraphTexts) {
            String paragraph = VisibleText.of(given);
            if (paragraph.isBlank()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(paragraph);
            paragraphs.add(new Paragraph(paragraph, start, text.length()));
        }
        String published = PublishedDates.iso(publishedAt);
        return new Article(id, title == null ? null : VisibleText.of(title).strip(), source, text.toString(), paragraphs,
                url, published != null ? published : publishedAt, publication, desk);
    }

    /** A paragraph of the cleaned text; {@code text.substring(start, end)} equals {@code text}. */
    public record Paragraph(String text, int start, int end) {
    }
}
