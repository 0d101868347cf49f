package io.newsdesk.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The optional language model that writes answers; {@code none} keeps answers extractive. */
@ConfigMapping(prefix = "newsdesk.llm")
public interface LlmConfig {

    /** {@code none}, {@code openai} (any OpenAI-compatible server) or {@code ollama}. */
    @WithDefault("none")
    Provider provider();

    /** Base URL, e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434}. */
    Optional<String> baseUrl();

    /** API key for OpenAI-compatible servers; from the environment ({@code NEWSDESK_LLM_API_KEY}), never logged. */
    Optional<String> apiKey();

    /** Model name, e.g. {@code gpt-4o-mini} or {@code llama3.1}. */
    @WithDefault("gpt-4o-mini")
    String model();

    /** Longest wait for a whole answer, per attempt. */
    @WithDefault("20s")
    Duration timeout();

    /** Retries on 429, 5xx, timeouts and I/O errors, with exponential backoff; never once text was streamed. */
    @WithDefault("2")
    int maxRetries();

    /** First backoff; doubled on each retry. */
    @WithDefault("200ms")
    Duration retryBackoff();

    /** Failed calls in a row (each retry counts) after which the LLM is skipped for {@link #circuitOpenFor()}. */
    @WithDefault("5")
    int circuitFailureThreshold();

    /** How long the LLM is skipped once the circuit opens; then one trial call decides. */
    @WithDefault("30s")
    Duration circuitOpenFor();

    /** Sampling temperature. */
    @WithDefault("0.1")
    double temperature();

    /**
     * Whether the LLM also reads the questions the extractive rules judged partly covered, or refused although
     * the passages are on the subject (best passage cosine at or above {@code newsdesk.answer.gate.min-similarity}).
     * It reads better than those rules: it may find the answer they missed, or say what the sources don't state
     * ({@code PARTIAL}) or that they don't cover the question. Its answer is checked like any other; when it
     * finds nothing to add, the extractive answer stands. Off: the LLM only rewords answers the rules found.
     */
    @WithDefault("true")
    boolean readsGaps();

    enum Provider { NONE, OPENAI, OLLAMA }
}
