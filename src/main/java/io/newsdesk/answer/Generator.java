package io.newsdesk.answer;

/**
 * Writes an answer with a language model from the evidence found. The default generator is disabled,
 * so answers stay extractive and the service works offline.
 */
public interface Generator {

    boolean enabled();

    /**
     * Generates, checks and returns an answer; streams its text to {@code listener} when given. Must
     * return {@code fallback} (with a notice) rather than fail.
     */
    Answer generate(Question question, Findings findings, Answer fallback, AnswerListener listener);
}
