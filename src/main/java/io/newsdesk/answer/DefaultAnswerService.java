package io.newsdesk.answer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.newsdesk.retrieve.Retriever;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;


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
    private final DatedAnswers dated;
    private final QuestionTerms terms;
    /** The archive's sources change only when articles do: read them at most every few seconds. */
    private final LoadingCache<String, Set<String>> sources;

    public DefaultAnswerService(QueryRewriter rewriter, EvidenceFinder finder, ExtractiveAnswerer extractive,
                                Generator generator, MeterRegistry registry, AnswerConfig config, DatedAnswers dated,
                                QuestionTerms terms, Retriever retriever) {
        this.rewriter = rewriter;
        this.finder = finder;
        this.extractive = extractive;
        this.generator = generator;
        this.registry = registry;
        this.gate = config.gate();
        this.dated = dated;
        this.terms = terms;
        this.sources = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5)).build(key -> retriever.sources().keySet());
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
        AskedScope scope = AskedScope.of(question, sources.get(""));
        Answer answer = scope.conflict()
                ? DatedAnswers.conflicting(scope.asked().get().range(), question.filter().dates())
                : answer(question, scope, listener);
        if (listener != null) {
            if (scope.conflict()) {
                AnswerStreams.emitBySentence(answer, listener);
            }
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

    /**
     * The answer within the question's scope; streamed to the listener, if any, but not completed. A time the
     * question names is tried as a range of publication days first; when the articles of that range do not answer
     * it, the question is asked again as written, since the time may be when something happened rather than when
     * it was reported. A range the request sets always holds.
     */
    private Answer answer(Question question, AskedScope scope, AnswerListener listener) {
        if (scope.asked().isPresent() && terms.keyTerms(scope.topic()).isEmpty()) {
            // "What happened in July 2024?": the period is the whole question
            Optional<Answer> digest = dated.digest(scope.filter());
            if (digest.isPresent()) {
                emit(digest.get(), listener);
                return digest.get().withTimeRange(timeRange(scope));
            }
        }
        Attempt chosen = attempt(question, scope);
        if (chosen.answer().coverage() != Answer.Coverage.FULL && scope.asked().isPresent()) {
            Attempt asWritten = attempt(question, scope.asWritten());
            if (asWritten.answer().coverage().compareTo(chosen.answer().coverage()) < 0) {
                chosen = new Attempt(asWritten.findings(), asWritten.answer().withNotice("Nothing published "
                        + DatedAnswers.during(scope.asked().get().range()) + " answers this; the answer comes from articles "
                        + "published at other times.").withTimeRange(timeRange(asWritten.scope())), asWritten.scope());
            } else if (chosen.answer().coverage() == Answer.Coverage.NONE) {
                chosen = chosen.with(dated.nothingInRange(scope.range().get(), chosen.answer(), asWritten.answer()));
            }
        } else if (chosen.answer().coverage() == Answer.Coverage.NONE && scope.range().isPresent()) {
            Answer unbounded = attempt(question, scope.anyTime()).answer();
            chosen = chosen.with(dated.nothingInRange(scope.range().get(), chosen.answer(), unbounded));
        }
        Findings findings = chosen.findings();
        Answer fallback = chosen.answer();
        Answer answer;
        if (generator.enabled() && (fallback.coverage() == Answer.Coverage.FULL || generator.readsGaps() && onSubject(findings, fallback))) {
            answer = generator.generate(question, findings, fallback, listener).withTimeRange(fallback.timeRange());
        } else {
            answer = fallback;
            emit(answer, listener);
        }
        return answer;
    }

    /** The extractive answer within a scope, with what it was found from. */
    private Attempt attempt(Question question, AskedScope scope) {
        Question topical = new Question(scope.topic(), question.history(), scope.filter(), question.asOf());
        Findings findings = finder.find(rewriter.rewrite(topical), scope);
        return new Attempt(findings, dated.dated(extractive.answer(findings), scope.recency()).withTimeRange(timeRange(scope)), scope);
    }

    private record Attempt(Findings findings, Answer answer, AskedScope scope) {

        Attempt with(Answer changed) {
            return new Attempt(findings, changed, scope);
        }
    }

    /** The range a scope holds its search to, as the answer reports it; null when it holds none. */
    private static Answer.TimeRange timeRange(AskedScope scope) {
        return scope.range().map(range -> new Answer.TimeRange(
                range.from() == null ? null : range.from().toString(), range.to() == null ? null : range.to().toString(),
                scope.asked().map(found -> found.words()).orElse(null), range.describe())).orElse(null);
    }

    private static void emit(Answer answer, AnswerListener listener) {
        if (listener != null) {
            AnswerStreams.emitBySentence(answer, listener);
        }
    }
}
