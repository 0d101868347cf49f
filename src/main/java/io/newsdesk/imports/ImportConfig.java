package io.newsdesk.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Background NDJSON imports. */
@ConfigMapping(prefix = "newsdesk.imports")
public interface ImportConfig {

    /** Imports waiting behind the running one; past this, a new import is refused with 429. */
    @WithDefault("8")
    int maxQueued();

    /** Articles stored and indexed together: the unit of progress, of resuming, and of a quick shutdown. */
    @WithDefault("64")
    int batchArticles();

    /** The longest line accepted, in bytes; a longer one is reported by number and skipped. */
    @WithDefault("4194304")
    int maxLineBytes();

    /** The longest article text accepted, in characters. */
    @WithDefault("1000000")
    int maxArticleChars();

    /** Finished jobs kept (and listed); older ones are forgotten. */
    @WithDefault("100")
    int keepJobs();

    /** Line errors kept per job; the count goes on past it. */
    @WithDefault("1000")
    int maxErrors();
}
