package io.newsdesk.domain;

import io.newsdesk.text.VisibleText;

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
 * @param publishedAt optional publication date, as given
 */
public record Article(String id, String title, String source, String text, List<Paragraph> paragraphs,
                      String url, String publishedAt) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * Builds an article from its paragraphs, computing the text and the offsets. Characters no reader sees are
     * {@linkplain VisibleText#of cleaned} from the title and paragraphs, and a paragraph left blank is dropped, so
     * every quote reads as the article shows.
     */
    public static Article of(String id, String title, String source, List<String> paragraphTexts,
                             String url, String publishedAt) {
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
        return new Article(id, title == null ? null : VisibleText.of(title).strip(), source, text.toString(), paragraphs,
                url, publishedAt);
    }

    /** A paragraph of the cleaned text; {@code text.substring(start, end)} equals {@code text}. */
    public record Paragraph(String text, int start, int end) {
    }
}
