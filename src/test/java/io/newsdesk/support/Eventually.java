package io.newsdesk.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls a condition until it holds, for asynchronous effects (a post to a fake Slack). */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T get(Duration timeout, Supplier<T> value, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T current = value.get();
        while (!done.test(current)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout + "; last value: " + current);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            current = value.get();
        }
        return current;
    }
}
