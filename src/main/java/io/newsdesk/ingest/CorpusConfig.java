package io.newsdesk.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

/** Where the articles come from at start-up. */
@ConfigMapping(prefix = "newsdesk.corpus")
public interface CorpusConfig {

    /** Folder whose files (scraped pages, one or more articles each) are indexed at start-up. */
    @WithDefault("seeds")
    String path();

    /** Optional {@code .jsonl} file of articles ({@code {"id","title","text","url"?,"publishedAt"?}}) loaded at start-up. */
    @WithName("import")
    Optional<String> importFile();

    /** The desk the folder's articles go on. */
    @WithDefault("general")
    String desk();

    /** Whether files added to, changed in or removed from the folder while the service runs are indexed. */
    @WithDefault("true")
    boolean watch();

    /**
     * The largest file of the folder read, in bytes; a larger one (a log or a video dropped there by mistake) is
     * logged and passed over rather than read into memory.
     */
    @WithDefault("67108864")
    long maxFileBytes();

    /** Passages embedded together (with their sentences); larger batches pad less. Progress is logged per batch. */
    @WithDefault("2048")
    int batchSize();
}
