package io.newsdesk.answer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When the articles count as covering a question, and how long answers are. The thresholds sit between
 * the golden set's answerable questions (cosine 0.58–0.90, term coverage 0.31–1.0) and its unrelated
 * ones (cosine at most 0.60, coverage at most 0.5); see {@code src/test/resources/golden.json}.
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

    /** Share (IDF-weighted) of the question's key terms a passage must contain when its cosine is just below strong. */
    @WithDefault("0.3")
    double minTermCoverage();

    /**
     * How fast the required term coverage grows as the cosine falls below strong, when no rare name from
     * the question is in the passages: the less alike in meaning, the more of the question's terms must be
     * there ("the price of Bitcoin" shares only "price" with an article on an AI price war).
     */
    @WithDefault("2.0")
    double coverageSlope();

    /**
     * A name from the question that no article mentions still counts as named by the evidence when it is
     * at least this close in meaning to a capitalised phrase there ("Pentagon" and "Defence Department").
     * Below it, the answer is partial: the articles never mention that name. Calibrated on the golden set's
     * tuning half: its paraphrased names scored 0.707 to 0.753 ("Pentagon", "Brussels", "Canberra").
     */
    @WithDefault("0.7")
    double nameSimilarity();

    /** At most this many sentences in an answer. */
    @WithDefault("5")
    int maxSentences();
}
