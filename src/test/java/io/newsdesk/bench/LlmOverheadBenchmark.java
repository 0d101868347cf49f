package io.newsdesk.bench;

import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.ExtractiveAnswerer;
import io.newsdesk.answer.EvidenceFinder;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.QueryRewriter;
import io.newsdesk.llm.FakeLlmReplies;
import io.newsdesk.llm.OpenAiProfile;
import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

/**
 * What generated answers add over the LLM's own latency, in one run: the fake LLM streams its reply in a
 * known time; the extractive path (rewrite, retrieve, select) and the generated path (the same, then the
 * LLM call, relay and citation check) are timed alternately in-process.
 * overhead = generated − extractive − the fake LLM's streaming time.
 * Run with {@code ./mvnw -Pbench verify -Dtest=LlmOverheadBenchmark}.
 */
@QuarkusTest
@TestProfile(OpenAiProfile.class)
@Tag("benchmark")
class LlmOverheadBenchmark {

    private static final int WARM_UP = 10;
    private static final int ROUNDS = 60;
    private static final int CHUNK_DELAY_MS = 10;
    private static final Question QUESTION = Question.of("What tariff rate did Brussels finally set on electric cars made in China?");

    @Inject
    AnswerService answers;
    @Inject
    QueryRewriter rewriter;
    @Inject
    EvidenceFinder finder;
    @Inject
    ExtractiveAnswerer extractive;

    @Test
    void overhead_of_checking_and_streaming_generated_answers() {
        Ready.await();
        FakeLlmReplies.firstSentenceOfSourceOne(CHUNK_DELAY_MS);
        double[] overhead = new double[ROUNDS];
        double llm = 0;
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            long started = System.nanoTime();
            extractive.answer(finder.find(rewriter.rewrite(QUESTION)));
            long extractiveNanos = System.nanoTime() - started;
            started = System.nanoTime();
            var answer = answers.answer(QUESTION);
            long generatedNanos = System.nanoTime() - started;
            if (!answer.mode().equals("generated")) {
                throw new AssertionError("the fake LLM's answer was not used: " + answer);
            }
            if (i >= WARM_UP) {
                double llmMillis = FakeLlmReplies.lastStreamMillis();
                llm += llmMillis;
                overhead[i - WARM_UP] = (generatedNanos - extractiveNanos) / 1e6 - llmMillis;
            }
        }
        Arrays.sort(overhead);
        System.out.printf("%nGenerated-answer overhead over the fake LLM's own streaming time (avg %.1f ms), %d rounds:"
                + " p50 %.1f ms, p90 %.1f ms%n%n", llm / ROUNDS, ROUNDS, overhead[ROUNDS / 2], overhead[(int) (ROUNDS * 0.9)]);
    }
}
