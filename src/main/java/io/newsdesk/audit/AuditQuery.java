package io.newsdesk.audit;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * Which entries to show, newest first.
 *
 * @param article only this article's entries, or null
 * @param who     only this actor's, or null
 * @param from    only from this instant on, or null
 * @param to      only up to this instant, or null
 * @param after   only entries older than this entry id (the last of the previous page), or null
 * @param limit   at most this many
 * @param visible which entries the asker may see (the desks it edits)
 */
public record AuditQuery(String article, String who, Instant from, Instant to, String after, int limit,
                         Predicate<AuditEntry> visible) {

    public boolean matches(AuditEntry entry) {
        return (article == null || article.equals(entry.articleId()))
                && (who == null || who.equals(entry.who()))
                && (from == null || !entry.at().isBefore(from))
                && (to == null || !entry.at().isAfter(to))
                && visible.test(entry);
    }
}
