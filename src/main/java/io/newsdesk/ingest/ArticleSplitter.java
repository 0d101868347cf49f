package io.newsdesk.ingest;

import io.newsdesk.domain.Article;
import io.newsdesk.text.VisibleText;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans one scraped file and splits it into articles.
 *
 * <p>A headline is recognised by its shape, not by its words: a single short line standing alone
 * between blank lines, a line printed twice in a row (related-article cards), or the line a tweet
 * attribution (handles and links only) follows. Lines inside a paragraph block are never headlines,
 * so in-article subheadings stay with their article.
 */
@ApplicationScoped
public class ArticleSplitter {

    private static final int MAX_TITLE_WORDS = 30;
    private static final int MIN_DEK_WORDS = 3;
    private static final int LONG_HEADLINE_WORDS = 20;
    private static final Pattern TEASER_END = Pattern.compile("\\s*(…|\\.\\.\\.)$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.;:,!]['\"’”)]*$");

    public List<Article> split(String source, String content) {
        List<Line> lines = clean(content);
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Set<String> seenParagraphs = new HashSet<>();
        Draft current = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.text == null) {
                if (current != null) {
                    current.place(line);
                }
                continue;
            }
            if (isTitle(lines, i)) {
                if (current != null && current.title.equals(line.text) && current.paragraphs.isEmpty()) {
                    continue; // headline printed twice
                }
                if (i + 1 < lines.size() && line.text.equals(lines.get(i + 1).text)) {
                    lines.get(i + 1).text = null;
                }
                current = drafts.computeIfAbsent(line.text, title -> new Draft(title));
                current.addLead(line.text, seenParagraphs);
                continue;
            }
            if (current == null) {
                current = drafts.computeIfAbsent(source, Draft::new);
            }
            if (!(current.paragraphs.isEmpty() && line.text.equals(current.title))) {
                current.add(line.text, seenParagraphs);
            }
        }
        List<Article> articles = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            Article article = Article.of(ArticleIds.of(source, draft.title), draft.displayTitle(), source,
                    draft.paragraphs, null, draft.publishedAt, draft.publisher, null);
            if (VisibleText.hasWords(article.text())) {
                articles.add(article);
            }
        }
        return articles;
    }

    /**
     * Cleans the paragraphs of one article the way scraped files are cleaned: chrome, bylines, handles,
     * cut-off links and repeated paragraphs go.
     */
    public List<String> cleanParagraphs(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String paragraph : paragraphs) {
            String stripped = paragraph.strip();
            if (stripped.isEmpty() || PageChrome.isAttribution(stripped) || PageChrome.isChrome(stripped)
                    || PageChrome.byline(stripped) != null) {
                continue;
            }
            String cleaned = PageChrome.stripSocialResidue(stripped);
            if (!cleaned.isEmpty() && seen.add(cleaned.toLowerCase(java.util.Locale.ROOT))) {
                kept.add(cleaned);
            }
        }
        return kept;
    }

    /** Cleans every line; chrome becomes a blank, and attribution lines mark the headline above them. */
    private List<Line> clean(String content) {
        String[] raw = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        Set<String> publishers = new HashSet<>();
        for (String line : raw) {
            String publisher = PageChrome.byline(line);
            if (publisher != null) {
                publishers.add(publisher);
            }
        }
        List<Line> lines = new ArrayList<>(raw.length);
        for (String text : raw) {
            String stripped = text.strip();
            if (PageChrome.isAttribution(stripped)) {
                markPreviousAsHeadline(lines);
                lines.add(new Line(null));
                continue;
            }
            if (stripped.isEmpty() || PageChrome.isChrome(stripped) || PageChrome.byline(stripped) != null
                    || publishers.contains(stripped)) {
                Line chrome = new Line(null);
                chrome.publisher = PageChrome.byline(stripped);
                chrome.publishedAt = PageChrome.datedMarker(stripped);
                lines.add(chrome);
                continue;
            }
            String cleaned = PageChrome.stripSocialResidue(stripped);
            lines.add(new Line(cleaned.isEmpty() ? null : cleaned));
        }
        return lines;
    }

    private static void markPreviousAsHeadline(List<Line> lines) {
        for (int j = lines.size() - 1; j >= 0; j--) {
            if (lines.get(j).text != null) {
                lines.get(j).headline = true;
                return;
            }
        }
    }

    private static boolean isTitle(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.headline) {
            return true;
        }
        if (wordCount(line.text) > MAX_TITLE_WORDS) {
            return false;
        }
        if (i + 1 < lines.size() && line.text.equals(lines.get(i + 1).text)) {
            return true;
        }
        boolean standsAlone = isBlank(lines, i - 1) && isBlank(lines, i + 1);
        return standsAlone && !line.text.endsWith("?") && !SENTENCE_END.matcher(line.text).matches()
                && nextTextIsBody(lines, i);
    }

    private static boolean nextTextIsBody(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (lines.get(j).text != null) {
                String next = lines.get(j).text;
                return wordCount(next) > MAX_TITLE_WORDS || SENTENCE_END.matcher(next).matches()
                        || next.equals(lines.get(i).text);
            }
        }
        return false;
    }

    private static boolean isBlank(List<Line> lines, int i) {
        return i < 0 || i >= lines.size() || lines.get(i).text == null;
    }

    private static int wordCount(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static final class Line {
        String text;
        boolean headline;
        /** On a chrome line: the date a "time15-03-2025" marker gives, or the publisher a "• Publisher" byline names. */
        String publishedAt;
        String publisher;

        Line(String text) {
            this.text = text;
        }
    }

    /** An article being assembled; a headline with a dek ("Title—Dek") keeps the dek as its lead. */
    private static final class Draft {
        final String title;
        final List<String> paragraphs = new ArrayList<>();
        final StringBuilder body = new StringBuilder();
        String publishedAt;
        String publisher;

        Draft(String title) {
            this.title = title;
        }

        /** The first date marker and byline under a headline date and credit its story. */
        void place(Line chrome) {
            if (publishedAt == null) {
                publishedAt = chrome.publishedAt;
            }
            if (publisher == null) {
                publisher = chrome.publisher;
            }
        }

        String displayTitle() {
            if (isQuotedSentence(title)) {
                int comma = title.indexOf(',');
                return comma > 0 ? title.substring(0, comma) + "…”" : title;
            }
            int cut = dekStart(title);
            return cut < 0 ? title : title.substring(0, cut).strip();
        }

        /**
         * Where the dek of a "Headline—Dek" (or a long "Headline: Dek") begins, or -1. The dek must read
         * as its own sentence, so "robots—and showed" stays one headline.
         */
        private static int dekStart(String headline) {
            int dash = headline.indexOf('—');
            if (isDekBoundary(headline, dash)) {
                return dash;
            }
            int colon = headline.indexOf(": ");
            return wordCount(headline) > LONG_HEADLINE_WORDS && isDekBoundary(headline, colon) ? colon : -1;
        }

        private static boolean isDekBoundary(String headline, int at) {
            if (at <= 0 || wordCount(headline.substring(0, at)) < MIN_DEK_WORDS) {
                return false;
            }
            String dek = headline.substring(at + 1).strip();
            return wordCount(dek) >= MIN_DEK_WORDS && Character.isUpperCase(dek.codePointAt(0));
        }

        /** The dek of a "Title—Dek" headline, or a headline that is itself a quoted sentence, is story text. */
        void addLead(String headline, Set<String> seen) {
            if (isQuotedSentence(headline)) {
                add(headline, seen);
            } else if (dekStart(headline) > 0) {
                add(headline.substring(dekStart(headline) + 1).strip(), seen);
            }
        }

        private static boolean isQuotedSentence(String headline) {
            return (headline.startsWith("“") || headline.startsWith("\""))
                    && SENTENCE_END.matcher(headline).matches() && wordCount(headline) > 12;
        }

        /** Adds a paragraph unless it repeats one already seen, or is a cut-off teaser of this article's text. */
        void add(String paragraph, Set<String> seen) {
            String normalized = normalize(paragraph);
            String teaser = TEASER_END.matcher(normalized).replaceFirst("");
            if (teaser.length() < normalized.length() && teaser.length() > 40 && body.indexOf(teaser) >= 0) {
                return;
            }
            if (seen.add(normalized)) {
                paragraphs.add(paragraph);
                body.append(normalized).append(' ');
            }
        }

        private static String normalize(String text) {
            return text.replaceAll("\\s+", " ").strip();
        }
    }
}
