package io.newsdesk.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerListener;
import io.newsdesk.answer.AnswerStreams;
import io.newsdesk.answer.Findings;
import io.newsdesk.answer.Generator;
import io.newsdesk.answer.Question;
import io.newsdesk.concurrent.DaemonThreads;
import io.newsdesk.retrieve.ScoredChunk;
import io.newsdesk.retrieve.SentenceEvidence;
import io.newsdesk.text.SentenceSplitter;
import io.newsdesk.text.Span;
import io.smallrye.faulttolerance.api.TypedGuard;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Generated answers through the configured LLM, streamed, then checked by the {@link CitationChecker}.
 * SmallRye Fault Tolerance retries 429, 5xx and timeouts with backoff (only before any text was
 * streamed), and stops calling a failing LLM for a while (circuit breaker). Whatever goes wrong, the reader gets the extractive answer
 * with a short notice: never an error, never an empty answer.
 * <p>The LLM replies in one of three ways ({@link SourcePrompt}): a cited answer; {@code PARTIAL:} and what the
 * sources don't state, then what they do report, cited (a partial answer); or {@code NOT_COVERED}. When the
 * extractive rules had found a gap and the LLM finds nothing more, their answer stands.
 */
@ApplicationScoped
public class LlmGenerator implements Generator {

    private static final Logger LOG = Logger.getLogger(LlmGenerator.class);
    static final String UNAVAILABLE = "The language model is unavailable right now, so this answer quotes the articles directly.";
    static final String UNVERIFIED = "The generated answer could not be checked against the sources, so this answer quotes the articles directly.";
    private static final int MAX_SOURCES = 6;
    /** The longest a partial answer's opening sentence (what the sources don't state) may be. */
    private static final int MAX_LEAD = 300;

    private final LlmConfig config;
    private final CitationChecker checker;
    private final SentenceEvidence sentenceEvidence;
    private final StreamingChatModel model;
    private final TypedGuard<String> guard;
    /**
     * Starts each call off the asking thread: LangChain4j's HTTP client may parse a fast response on the
     * thread that started it, which would block past the timeout.
     */
    private final ExecutorService calls = Executors.newCachedThreadPool(DaemonThreads.named("llm-call"));

    public LlmGenerator(LlmConfig config, CitationChecker checker, SentenceEvidence sentenceEvidence) {
        this.config = config;
        this.checker = checker;
        this.sentenceEvidence = sentenceEvidence;
        this.model = ChatModelFactory.create(config);
        this.guard = guard(config);
    }

    /**
     * SmallRye Fault Tolerance around each call: a timeout per attempt, retries with exponential backoff on
     * what may succeed later, and a circuit breaker that skips the LLM for {@code circuit-open-for} once
     * {@code circuit-failure-threshold} calls in a row failed. Its metrics carry {@code method="llm"}.
     */
    private static TypedGuard<String> guard(LlmConfig config) {
        return TypedGuard.create(String.class)
                .withDescription("llm")
                .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withRetry()
                    .maxRetries(config.maxRetries())
                    .delay(config.retryBackoff().toMillis(), ChronoUnit.MILLIS)
                    .jitter(0, ChronoUnit.MILLIS)
                    .withExponentialBackoff().factor(2).done()
                    .whenException(LlmGenerator::retryable)
                    .beforeRetry(failure -> LOG.warnf("LLM call failed (%s); retrying", describe(failure)))
                    .done()
                .withCircuitBreaker()
                    .requestVolumeThreshold(config.circuitFailureThreshold())
                    .failureRatio(1.0)
                    .successThreshold(1)
                    .delay(config.circuitOpenFor().toMillis(), ChronoUnit.MILLIS)
                    .done()
                .build();
    }

    @Override
    public boolean enabled() {
        return model != null;
    }

    @Override
    public boolean readsGaps() {
        return config.readsGaps();
    }

    @Override
    public Answer generate(Question question, Findings findings, Answer fallback, AnswerListener listener) {
        // A question the gate refused comes with bare passages: its sources get their sentence vectors for the check.
        List<ScoredChunk> sources = sentenceEvidence.load(findings.passages().subList(0, Math.min(MAX_SOURCES, findings.passages().size())),
                MAX_SOURCES);
        List<ChatMessage> messages = SourcePrompt.messages(question.text(), question.history(), sources);
        Relay relay = new Relay(listener);
        Optional<String> reply = call(messages, relay);
        if (reply.isEmpty()) {
            return fallback(fallback, UNAVAILABLE, listener, relay.streamed.get());
        }
        SourcePrompt.Reply read = SourcePrompt.Reply.of(reply.get());
        switch (read.opening()) {
            case NOT_COVERED -> { // a gap the rules found stands; a full answer they gave does not
                return emitted(fallback.coverage() == Answer.Coverage.FULL ? Answer.notCovered(Answer.GENERATED) : fallback, listener);
            }
            case PARTIAL -> {
                return partial(read.text(), question.text(), sources)
                        .map(answer -> emitted(answer, listener))
                        .orElseGet(() -> fallback(fallback, UNVERIFIED, listener, false));
            }
            default -> {
                relay.flush();
                return checker.check(read.text(), sources)
                        .orElseGet(() -> fallback(fallback, UNVERIFIED, listener, true));
            }
        }
    }

    /**
     * A partial answer from the reply after {@code PARTIAL:}: its first sentence says what the sources don't state
     * (markers dropped) and may name only what the question or the sources name; the rest is checked like any
     * answer. Empty when the lead is too long or names something else, or nothing of the rest checks out.
     */
    private Optional<Answer> partial(String reply, String question, List<ScoredChunk> sources) {
        List<Span> sentences = SentenceSplitter.split(reply);
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        String lead = sentences.get(0).of(reply).replaceAll("\\s*\\[[\\d,\\s]+]", "").strip();
        StringBuilder named = new StringBuilder(question);
        sources.forEach(source -> named.append(' ').append(source.chunk().article().title()).append(' ').append(source.chunk().chunk().text()));
        if (lead.isEmpty() || lead.length() > MAX_LEAD || !CitationChecker.namesOnlyWhat(named.toString(), lead)) {
            return Optional.empty();
        }
        String reported = reply.substring(Math.min(reply.length(), sentences.get(0).end()));
        return checker.check(reported, sources).map(checked -> Answer.partial(lead, checked));
    }

    private static Answer emitted(Answer answer, AnswerListener listener) {
        if (listener != null) {
            AnswerStreams.emitBySentence(answer, listener);
        }
        return answer;
    }

    /** Calls the model through the guard (timeout, retries, circuit breaker); empty when it failed for good. */
    private Optional<String> call(List<ChatMessage> messages, Relay relay) {
        try {
            return Optional.of(guard.call(() -> stream(messages, relay)));
        } catch (CircuitBreakerOpenException e) {
            LOG.warn("LLM skipped: its circuit breaker is open after repeated failures");
        } catch (Exception e) {
            LOG.warnf("LLM call failed for good (%s)", describe(e));
        }
        return Optional.empty();
    }

    /**
     * One streamed call. Blocks until the reply is complete; the guard's timeout interrupts the wait, and
     * whatever the abandoned call streams afterwards is dropped. A failure after text reached the reader
     * is not retried: the reader would see the answer start twice.
     */
    private String stream(List<ChatMessage> messages, Relay relay) throws Exception {
        CompletableFuture<String> done = new CompletableFuture<>();
        StringBuilder text = new StringBuilder();
        AtomicBoolean abandoned = new AtomicBoolean();
        StreamingChatResponseHandler handler = new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                if (!abandoned.get()) {
                    text.append(partial);
                    relay.offer(partial);
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                String full = response.aiMessage() != null && response.aiMessage().text() != null
                        ? response.aiMessage().text() : text.toString();
                done.complete(full);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        };
        calls.execute(() -> {
            try {
                model.chat(messages, handler);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            String reply = done.get();
            if (reply.isBlank()) {
                throw new IOException("empty reply");
            }
            return reply;
        } catch (ExecutionException e) {
            Exception cause = e.getCause() instanceof Exception c ? c : e;
            throw relay.streamed.get() ? new ReplyBrokenOff(cause) : cause;
        } finally {
            abandoned.set(true);
        }
    }

    @PreDestroy
    void stop() {
        calls.shutdownNow();
    }

    /** 429, 5xx, timeouts and I/O errors may succeed later; a refused key or a reply broken off mid-stream won't. */
    static boolean retryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ReplyBrokenOff) {
                return false;
            }
            if (t instanceof RetriableException || t instanceof TimeoutException || t instanceof IOException
                    || t instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException) {
                return true;
            }
            if (t instanceof HttpException http) {
                return http.statusCode() == 429 || http.statusCode() >= 500;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable shown = e instanceof ReplyBrokenOff && e.getCause() != null ? e.getCause() : e;
        return shown instanceof HttpException http ? "HTTP " + http.statusCode() : shown.getClass().getSimpleName();
    }

    /** The extractive answer, with a notice when it quotes the articles in the LLM's place. */
    private static Answer fallback(Answer fallback, String notice, AnswerListener listener, boolean replacesStreamedText) {
        Answer answer = fallback.coverage() == Answer.Coverage.NONE ? fallback : fallback.withNotice(notice);
        if (listener != null && !replacesStreamedText) {
            AnswerStreams.emitBySentence(answer, listener);
        }
        return answer;
    }

    /** The model failed after part of its reply had been streamed to the reader. */
    private static final class ReplyBrokenOff extends Exception {
        ReplyBrokenOff(Exception cause) {
            super(cause);
        }
    }

    /**
     * Passes tokens on to the reader, holding back the first few until they cannot be NOT_COVERED or PARTIAL:
     * (a partial reply is held whole: it is shown once checked, with its lead).
     */
    private static final class Relay {
        private final AnswerListener listener;
        private final StringBuilder held = new StringBuilder();
        private final AtomicBoolean streamed = new AtomicBoolean();

        Relay(AnswerListener listener) {
            this.listener = listener;
        }

        synchronized void offer(String partial) {
            if (listener == null) {
                return;
            }
            held.append(partial);
            if (streamed.get() || !SourcePrompt.mayBeSignal(held.toString().stripLeading())) {
                release();
            }
        }

        synchronized void flush() {
            if (listener != null && held.length() > 0) {
                release();
            }
        }

        private void release() {
            streamed.set(true);
            listener.onText(held.toString());
            held.setLength(0);
        }
    }
}
