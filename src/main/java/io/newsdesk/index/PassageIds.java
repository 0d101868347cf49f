package io.newsdesk.index;

import io.newsdesk.domain.Article;
import io.newsdesk.text.Hashing;

/**
 * Passage ids derived from content: the article's id, title and text, and the passage's position. Two
 * instances indexing the same article compute the same ids, so indexing it twice changes nothing, and an
 * edited article gets new ids, so its old passages can be told apart and removed.
 */
public final class PassageIds {

    private PassageIds() {
    }

    /**
     * A hash of everything that makes up the article's passages: its text, and what searches filter them by (date,
     * source, desk), so moving an article to another desk re-indexes its passages. An undated article of no known
     * publication on the default desk hashes as it did before those were kept.
     */
    public static String version(Article article) {
        String filtered = article.publishedAt() == null && article.publication() == null
                && Article.DEFAULT_DESK.equals(article.desk()) ? ""
                : "\u0000" + article.publishedAt() + '\u0000' + article.publication() + '\u0000' + article.desk();
        return Hashing.sha256Hex(article.id() + '\u0000' + article.title() + '\u0000' + article.text() + filtered)
                .substring(0, 32);
    }

    public static String of(String version, int ordinal) {
        return version + '-' + ordinal;
    }
}
