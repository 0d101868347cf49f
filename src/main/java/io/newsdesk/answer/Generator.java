package io.newsdesk.answer;

/**
 * Writes an answer with a language model from the evidence found. The default generator is disabled,
 * so answers stay extractive and the service works offline.
 */
public interface Generator {

    boolean enabled();

    /**
     * Whether it is also asked the questions the extractive rules found partly covered, or refused though the
     * passages are on the subject: it may find what they missed. Otherwise it only rewords full answers.
     */
    default boolean readsGaps() {
        return false;
    }

    /**
     * Generates, checks and returns an answer; streams its text to {@code listener} when given. Must
     * return {@code fallback} (with a notice) rather than fail, and keeps it when {@code fallback} is partial or
     * not covered and the generator finds nothing more.
     */
    Answer generate(Question question, Findings findings, Answer fallback, AnswerListener listener);
}
