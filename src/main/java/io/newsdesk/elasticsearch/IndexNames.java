package io.newsdesk.elasticsearch;

/**
 * The indices' names. Searches and writes go through aliases; each alias points at an index whose name
 * carries the mapping's version, so a new mapping is rolled out by creating {@code -v2}, reindexing into
 * it and moving the alias, while instances keep working.
 */
record IndexNames(String passages, String articles, String audit) {

    /** Bumped whenever passages.json or articles.json changes (audit.json keeps its own first version). */
    static final int MAPPING_VERSION = 2;

    static IndexNames of(String prefix) {
        return new IndexNames(prefix + "-passages", prefix + "-articles", prefix + "-audit");
    }

    String versioned(String alias) {
        return alias + "-v" + MAPPING_VERSION;
    }
}
