package io.newsdesk.audit;

import io.newsdesk.domain.Article;
import io.newsdesk.text.Hashing;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Words changes to the corpus as audit entries: what each article was before and after, who changed it and how. */
@ApplicationScoped
public class Audit {

    private final AuditLog log;

    public Audit(AuditLog log) {
        this.log = log;
    }

    /** Articles added or replaced, each against what the archive held under its id before (absent: new). */
    public void added(List<Article> articles, Map<String, Article> before, String who, String path, String job) {
        Instant now = Instant.now();
        for (Article article : articles) {
            Article old = before.get(article.id());
            String hashAfter = hash(article);
            if (old != null && hash(old).equals(hashAfter) && old.desk().equals(article.desk())) {
                continue; // the same article again: nothing changed
            }
            String action = old == null ? "create" : !old.desk().equals(article.desk()) ? "move" : "replace";
            log.append(new AuditEntry(null, now, who, path, action, article.id(), article.desk(),
                    old == null || old.desk().equals(article.desk()) ? null : old.desk(),
                    old == null ? null : hash(old), hashAfter, old == null ? null : old.title(),
                    old == null ? null : old.text(), job));
        }
    }

    public void deleted(Article old, String who, String path) {
        log.append(new AuditEntry(null, Instant.now(), who, path, "delete", old.id(), old.desk(), null, hash(old), null,
                old.title(), old.text(), null));
    }

    /** An import job's start, finish or cancel. */
    public void job(String action, String job, String who) {
        log.append(new AuditEntry(null, Instant.now(), who, "import", action, null, null, null, null, null, null, null, job));
    }

    /** A feed added ({@code feed-add}) or removed ({@code feed-remove}) at run time; its name is in {@code job}. */
    public void feed(String action, String name, String desk, String who) {
        log.append(new AuditEntry(null, Instant.now(), who, "api", action, null, desk, null, null, null, null, null,
                "feed:" + name));
    }

    /** SHA-256 of what a reader sees of an article: its title and text. */
    static String hash(Article article) {
        return Hashing.sha256Hex(article.title() + "\u0000" + article.text());
    }
}
