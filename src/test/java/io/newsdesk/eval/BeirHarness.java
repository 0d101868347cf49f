package io.newsdesk.eval;

import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

/**
 * The evaluation harness on a whole BEIR dataset. {@code ./mvnw -Peval verify} runs it on SciFact
 * ({@code -Deval.dataset=path} for another). Prints figures; asserts nothing.
 */
@QuarkusTest
@TestProfile(EvalProfile.class)
@Tag("eval")
class BeirHarness {

    @Inject
    BeirEvaluation evaluation;

    @Test
    void evaluate_dataset() throws Exception {
        Ready.await();
        Path folder = BeirDataset.configuredFolder();
        BeirDataset dataset = BeirDataset.load(folder);
        boolean raw = Boolean.parseBoolean(System.getProperty("eval.raw", "true"));
        System.out.println("\n" + folder + "\n" + evaluation.run(dataset, raw));
    }
}
