package io.newsdesk.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The in-memory indexes. */
@ConfigMapping(prefix = "newsdesk.index")
public interface IndexConfig {

    /** Weight of a title match against a body match in BM25. */
    @WithDefault("2.0")
    float titleBoost();
}
