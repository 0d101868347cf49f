package io.newsdesk.limits;

import io.newsdesk.http.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Load shedding: at most {@code max-concurrent-answers} answers are computed at once. A request past
 * that waits up to {@code answer-wait} for a slot, then is refused with 503 and {@code Retry-After},
 * so no unbounded queue builds up on the request path.
 */
@ApplicationScoped
public class AnswerAdmission {

    private final Semaphore slots;
    private final long waitNanos;

    public AnswerAdmission(LimitsConfig config) {
        this.slots = new Semaphore(Math.max(1, config.limits().maxConcurrentAnswers()), true);
        this.waitNanos = config.limits().answerWait().toNanos();
    }

    /** A slot, to be closed when the answer is done; throws a 503 when none frees up in time. */
    public Slot enter() {
        try {
            if (slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                return new Slot(slots);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ApiException(503, "the service is busy answering other questions; try again in 1 s")
                .withRetryAfter(1);
    }

    /** A held answer slot; closing it twice releases it once. */
    public static final class Slot implements AutoCloseable {

        private final Semaphore slots;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Slot(Semaphore slots) {
            this.slots = slots;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                slots.release();
            }
        }
    }
}
