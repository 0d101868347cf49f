package io.newsdesk.archive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the archive keeps the articles added at run time. */
@ConfigMapping(prefix = "newsdesk.data")
public interface ArchiveConfig {

    /** Data folder; articles and their vectors are appended to {@code articles.log} in it. */
    @WithDefault("data")
    String path();
}
