package io.newsdesk.eval;

import io.newsdesk.answer.AnswerService;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.retrieve.Retriever;
import io.newsdesk.retrieve.SearchMode;
import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The golden set over the seeds: the targets of the retrieval-quality issue, checked on every build. */
@QuarkusTest
class GoldenSetTest {

    @Inject
    AnswerService answers;
    @Inject
    Retriever retriever;
    @Inject
    CorpusIndex index;

    @Test
    void golden_set_meets_its_targets() {
        Ready.await();
        GoldenSet golden = GoldenSet.load();
        assertThat(golden.answerable()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(golden.unrelated()).hasSizeGreaterThanOrEqualTo(5);

        GoldenSetReport report = new GoldenSetEvaluation(answers, retriever, index).run(golden);
        System.out.println(report);

        assertThat(report.hitAt3(SearchMode.HYBRID)).as(report.toString()).isEqualTo(1.0);
        assertThat(report.factHitRate()).as(report.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.citationValidity()).as(report.toString()).isEqualTo(1.0);
        assertThat(report.abstentionAccuracy()).as(report.toString()).isEqualTo(1.0);
        assertThat(report.mrr(SearchMode.HYBRID)).as("hybrid beats dense and keyword on the golden set")
                .isGreaterThanOrEqualTo(report.mrr(SearchMode.DENSE))
                .isGreaterThanOrEqualTo(report.mrr(SearchMode.KEYWORD));
    }
}
