package io.newsdesk.bench;

import io.newsdesk.elasticsearch.ElasticsearchCorpusIndex;
import io.newsdesk.elasticsearch.ElasticsearchProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link FilterLatencyBenchmark} on Elasticsearch: the same generated archive of 100k passages, written through the
 * store's own code to a real single node, and the same queries unfiltered and filtered, alternated in one run. Run with
 * {@code ./mvnw -Pbench test -Dtest=ElasticsearchFilterLatencyBenchmark}; prints, asserts nothing.
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(ElasticsearchProfile.class)
class ElasticsearchFilterLatencyBenchmark {

    @Inject
    ElasticsearchCorpusIndex index;

    @Test
    void filtered_against_unfiltered() {
        FilterLatencyBenchmark.measure(index, "Elasticsearch", 100_000);
    }
}
