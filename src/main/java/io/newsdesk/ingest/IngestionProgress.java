package io.newsdesk.ingest;

import org.jboss.logging.Logger;

/** Logs ingestion progress (articles, chunks, chunks per second, ETA) at most every few seconds. */
final class IngestionProgress {

    private static final Logger LOG = Logger.getLogger(IngestionProgress.class);

    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final String what;
    private final int totalArticles;
    private final long started = System.nanoTime();
    private long lastLog = started;
    private int articles;
    private int chunks;
    private int texts;

    IngestionProgress(String what, int totalArticles) {
        this.what = what;
        this.totalArticles = totalArticles;
    }

    void advance(int articleCount, int chunkCount, int textCount) {
        articles += articleCount;
        chunks += chunkCount;
        texts += textCount;
        long now = System.nanoTime();
        if (now - lastLog >= LOG_EVERY_NANOS && articles < totalArticles) {
            lastLog = now;
            double seconds = (now - started) / 1e9;
            double eta = seconds / articles * (totalArticles - articles);
            LOG.infof("Indexing %s: %d/%d articles, %d chunks, %.1f chunks/s, ETA %.0f s",
                    what, articles, totalArticles, chunks, chunks / seconds, eta);
        } else if (now - lastLog >= LOG_EVERY_NANOS) {
            lastLog = now;
            LOG.infof("Indexing %s: %d articles, %d chunks, %.1f chunks/s", what, articles, chunks,
                    chunks / ((now - started) / 1e9));
        }
    }

    void done() {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-9);
        LOG.infof("Indexed %s: %d articles, %d chunks (%d texts embedded or found in the cache) in %.2f s (%.1f chunks/s)",
                what, articles, chunks, texts, seconds, chunks / seconds);
    }
}
