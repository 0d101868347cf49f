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

    /** A hash of everything that makes up the article's passages. */
    public static String version(Article article) {
        return Hashing.sha256Hex(article.id() + '\u0000' + article.title() + '\u0000' + article.text()).substring(0, 32);
    }

    public static String of(String version, int ordinal) {
        return version + '-' + ordinal;
    }
}
