package io.newsdesk.ingest;

import io.newsdesk.text.Hashing;

import java.text.Normalizer;
import java.util.Locale;

/** Stable, readable article ids: a slug of the title plus a short hash of source and title. */
public final class ArticleIds {

    /** The longest id an article may be given (by an import or a PUT). */
    public static final int MAX_LENGTH = 200;
    private static final int MAX_SLUG = 48;

    private ArticleIds() {
    }

    public static String of(String source, String title) {
        return forKey(title, source + "\n" + title);
    }

    /** A slug of {@code readable} plus a hash of {@code key}: the same while both are (a file name, an address). */
    public static String forKey(String readable, String key) {
        String slug = Normalizer.normalize(readable, Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "");
        }
        String hash = Hashing.sha256Hex(key).substring(0, 8);
        return slug.isEmpty() ? hash : slug + "-" + hash;
    }
}
