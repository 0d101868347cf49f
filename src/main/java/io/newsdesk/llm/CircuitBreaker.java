package io.newsdesk.llm;

import java.time.Clock;
import java.time.Duration;

/**
 * Stops calling a failing LLM for a while: after {@code threshold} consecutive failures the circuit
 * opens for {@code openFor}; then one trial call is let through, and a success closes it again.
 */
final class CircuitBreaker {

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private int failures;
    private long openUntil;

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    synchronized boolean allows() {
        return failures < threshold || clock.millis() >= openUntil;
    }

    synchronized void success() {
        failures = 0;
    }

    synchronized void failure() {
        failures++;
        if (failures >= threshold) {
            openUntil = clock.millis() + openFor.toMillis();
        }
    }
}
