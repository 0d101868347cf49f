package io.newsdesk.answer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When the articles count as covering a question, and how long answers are. The thresholds were
 * calibrated on the golden set (see {@code src/test/resources/golden.json} and the README).
 */
@ConfigMapping(prefix = "newsdesk.answer")
public interface AnswerConfig {

    /** Passages retrieved per question. */
    @WithDefault("12")
    int passages();

    /** Below this question–passage cosine, nothing is close enough to answer from. */
    @WithDefault("0.62")
    double minSimilarity();

    /** At or above this cosine a passage is on topic even without shared keywords (paraphrases). */
    @WithDefault("0.80")
    double strongSimilarity();

    /** Share (IDF-weighted) of the question's key terms a passage must contain when its cosine is not strong. */
    @WithDefault("0.5")
    double minTermCoverage();

    /** At most this many sentences in an answer. */
    @WithDefault("5")
    int maxSentences();
}
