package io.newsdesk.eval;

import io.newsdesk.retrieve.SearchMode;
import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness on a SciFact sample (200 abstracts, 80 train queries) on every build: floors that a broken
 * retriever, fusion or import would fail. Too easy to compare retrievers (dense is near-perfect on 200
 * documents); the full dataset does that: {@code ./mvnw -Peval verify}.
 */
@QuarkusTest
@TestProfile(EvalProfile.class)
class BeirSampleTest {

    @Inject
    BeirEvaluation evaluation;

    @Test
    void harness_scores_the_scifact_sample_above_its_floors() throws Exception {
        Ready.await();
        BeirDataset dataset = BeirDataset.load(Path.of("src/test/resources/scifact-sample"));

        var report = evaluation.run(dataset, false);
        System.out.println(report);

        assertThat(report.documents).isEqualTo(200);
        // Floors about 0.05 under what each retriever scores here: a broken index, model or fusion falls far below.
        assertThat(report.scores(SearchMode.KEYWORD).ndcg10()).isGreaterThan(0.85);
        assertThat(report.scores(SearchMode.DENSE).ndcg10()).isGreaterThan(0.9);
        assertThat(report.scores(SearchMode.HYBRID).ndcg10()).isGreaterThan(0.9);
        assertThat(report.scores(SearchMode.HYBRID).recall100()).isGreaterThan(0.95);
    }
}
