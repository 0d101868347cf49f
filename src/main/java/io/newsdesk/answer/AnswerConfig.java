package io.newsdesk.answer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When the articles count as covering a question, and how long answers are. The thresholds sit between
 * the golden set's answerable questions (cosine 0.60–0.90, term coverage 0.31–1.0) and its unrelated
 * ones (cosine at most 0.54, coverage at most 0.19); see {@code src/test/resources/golden.json}.
 */
@ConfigMapping(prefix = "newsdesk.answer")
public interface AnswerConfig {

    /** Passages retrieved per question. */
    @WithDefault("12")
    int passages();

    /** Below this question–passage cosine, nothing is close enough to answer from. */
    @WithDefault("0.55")
    double minSimilarity();

    /** At or above this cosine a passage is on topic even without shared keywords (paraphrases). */
    @WithDefault("0.75")
    double strongSimilarity();

    /** Share (IDF-weighted) of the question's key terms a passage must contain when its cosine is not strong. */
    @WithDefault("0.3")
    double minTermCoverage();

    /** At most this many sentences in an answer. */
    @WithDefault("5")
    int maxSentences();
}
