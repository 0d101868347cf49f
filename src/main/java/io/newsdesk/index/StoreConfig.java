package io.newsdesk.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Where the corpus index lives. */
@ConfigMapping(prefix = "newsdesk")
public interface StoreConfig {

    /**
     * {@code memory}: this process's memory, rebuilt at start-up from the corpus folder and the local
     * archive (the embedded default). {@code elasticsearch}: a cluster that many instances share, set up
     * with the {@code quarkus.elasticsearch.*} properties.
     */
    @WithName("store")
    @WithDefault("memory")
    Store store();

    enum Store {
        MEMORY, ELASTICSEARCH
    }
}
