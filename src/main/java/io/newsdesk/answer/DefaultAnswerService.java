package io.newsdesk.answer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;


/**
 * Resolves follow-ups, finds the evidence, and answers extractively, or through the configured
 * {@link Generator} when there is one: for full answers, and, when it reads gaps, for the questions the
 * extractive rules found partly covered or refused on a subject the articles do cover. Records latency and
 * grounded/not-grounded counts.
 */
@ApplicationScoped
public class DefaultAnswerService implements AnswerService {

    private final QueryRewriter rewriter;
    private final EvidenceFinder finder;
    private final ExtractiveAnswerer extractive;
    private final Generator generator;
    private final MeterRegistry registry;
    private final AnswerConfig.Gate gate;

    public DefaultAnswerService(QueryRewriter rewriter, EvidenceFinder finder, ExtractiveAnswerer extractive,
                                Generator generator, MeterRegistry registry, AnswerConfig config) {
        this.rewriter = rewriter;
        this.finder = finder;
        this.extractive = extractive;
        this.generator = generator;
        this.registry = registry;
        this.gate = config.gate();
    }

    @Override
    public Answer answer(Question question) {
        return run(question, null);
    }

    @Override
    public void stream(Question question, AnswerListener listener) {
        run(question, java.util.Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Whether the extractive rules found a gap in passages on the question's subject: a partial answer, or a
     * refusal although the best passage is close enough in meaning to be on topic (an unrelated question is
     * never sent to the LLM).
     */
    private boolean onSubject(Findings findings, Answer extractive) {
        return extractive.coverage() == Answer.Coverage.PARTIAL || findings.closestOnSubject(gate.minSimilarity()).isPresent();
    }

    private Answer run(Question question, AnswerListener listener) {
        long started = System.nanoTime();
        Findings findings = finder.find(rewriter.rewrite(question));
        Answer fallback = extractive.answer(findings);
        Answer answer;
        if (generator.enabled() && (fallback.coverage() == Answer.Coverage.FULL || generator.readsGaps() && onSubject(findings, fallback))) {
            answer = generator.generate(question, findings, fallback, listener);
        } else {
            answer = fallback;
            if (listener != null) {
                AnswerStreams.emitBySentence(answer, listener);
            }
        }
        if (listener != null) {
            listener.onComplete(answer);
        }
        Timer.builder("newsdesk.ask")
                .description("Time to answer a question")
                .tag("grounded", Boolean.toString(answer.grounded()))
                .tag("coverage", answer.coverage().json())
                .tag("mode", answer.mode())
                .publishPercentileHistogram()
                .register(registry)
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        return answer;
    }
}
