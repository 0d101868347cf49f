package io.newsdesk.eval;

import io.newsdesk.answer.AnswerService;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.retrieve.Retriever;
import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The golden set's figures, tuning and held-out halves side by side: {@code ./mvnw -Peval verify}.
 * Prints; asserts nothing ({@link GoldenSetTest} holds the floors on every build).
 */
@QuarkusTest
@Tag("eval")
class GoldenSetHarness {

    @Inject
    AnswerService answers;
    @Inject
    Retriever retriever;
    @Inject
    CorpusIndex index;

    @Test
    void print_both_halves() {
        Ready.await();
        System.out.println(new GoldenSetEvaluation(answers, retriever, index).halves(GoldenSet.load()));
    }
}
