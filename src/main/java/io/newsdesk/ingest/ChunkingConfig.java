package io.newsdesk.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How articles are cut into passages for embedding and keyword search. */
@ConfigMapping(prefix = "newsdesk.chunking")
public interface ChunkingConfig {

    /** A passage may end at a paragraph break once it has this many words. */
    @WithDefault("40")
    int minWords();

    /** A passage ends after the sentence that brings it to this many words. */
    @WithDefault("90")
    int targetWords();

    /** A passage never grows past this many words, unless one sentence alone is longer. */
    @WithDefault("150")
    int maxWords();
}
