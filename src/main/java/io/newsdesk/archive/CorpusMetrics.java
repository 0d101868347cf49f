package io.newsdesk.archive;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsdesk.index.CorpusIndex;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** The size of the corpus as metrics: articles and passages indexed. */
@ApplicationScoped
@Startup
public class CorpusMetrics {

    public CorpusMetrics(CorpusIndex index, MeterRegistry registry) {
        Gauge.builder("newsdesk.articles", index, CorpusIndex::articleCount).description("Articles indexed").register(registry);
        Gauge.builder("newsdesk.chunks", index, CorpusIndex::chunkCount).description("Passages indexed").register(registry);
    }
}
