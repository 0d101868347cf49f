package io.newsdesk.documents;

import java.util.List;

/**
 * Text taken out of a file or a page.
 *
 * @param mediaType   the type detected from the content
 * @param title       the document's own title (metadata, {@code <title>} or first heading), or null
 * @param paragraphs  the body, a paragraph each
 * @param publishedAt the publication time the document states, or null
 * @param publication the publication or site the document names itself by ({@code og:site_name}, JSON-LD
 *                    {@code publisher}), or null
 */
public record ParsedDocument(String mediaType, String title, List<String> paragraphs, String publishedAt,
                             String publication) {

    public ParsedDocument(String mediaType, String title, List<String> paragraphs, String publishedAt) {
        this(mediaType, title, paragraphs, publishedAt, null);
    }
}
