package io.newsdesk.documents;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The story of a web page: the {@code <article>} (or {@code <main>}, or the body) without navigation,
 * headers, footers, asides, forms and scripts, as paragraphs; the title from the page's headline.
 */
final class HtmlText {

    private static final String CLUTTER = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + ".share, .social, .related, .comments, .newsletter, .advert, .ad";
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

    private HtmlText() {
    }

    static ParsedDocument parse(byte[] html, String baseUri, String mediaType) throws IOException {
        Document page = Jsoup.parse(new ByteArrayInputStream(html), null, baseUri == null ? "" : baseUri);
        String title = firstNonBlank(
                page.select("article h1, main h1").text(),
                attribute(page, "meta[property=og:title]", "content"),
                page.title(),
                page.select("h1").text());
        JsonLd linked = JsonLd.of(page);
        String publishedAt = firstNonBlank(
                attribute(page, "meta[property=article:published_time]", "content"),
                linked.datePublished(),
                attribute(page, "meta[itemprop=datePublished]", "content"),
                attribute(page, "meta[name=date]", "content"),
                attribute(page, "time[datetime]", "datetime"));
        String publication = firstNonBlank(
                attribute(page, "meta[property=og:site_name]", "content"),
                linked.publisher(),
                attribute(page, "meta[name=application-name]", "content"));
        page.select(CLUTTER).remove();
        Element story = page.selectFirst("article");
        if (story == null) {
            story = page.selectFirst("main");
        }
        if (story == null) {
            story = page.body();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : story.select(BLOCKS)) {
            if (!block.children().select(BLOCKS).isEmpty()) {
                continue; // its inner blocks are taken on their own
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            for (String line : story.wholeText().split("\\n\\s*\\n")) {
                String text = line.replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
        }
        return new ParsedDocument(mediaType, title, paragraphs, publishedAt, publication);
    }

    private static String attribute(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.attr(attribute);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
