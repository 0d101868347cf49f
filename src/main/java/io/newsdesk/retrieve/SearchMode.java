package io.newsdesk.retrieve;

import java.util.Locale;

/** Which retriever answers a search: dense vectors, BM25 keywords, or both fused. */
public enum SearchMode {
    DENSE, KEYWORD, HYBRID;

    /** Parses {@code dense|keyword|hybrid}, case-insensitively. */
    public static SearchMode parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("mode must be one of dense, keyword, hybrid");
        }
    }
}
