package io.newsdesk.answer;

import io.newsdesk.eval.GoldenSet;
import io.newsdesk.retrieve.ScoredChunk;
import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Whether any signal the answer layer has tells a right answer from a near-miss it answered in full:
 * {@code ./mvnw -Peval verify}. For each golden half, among the questions answered with full coverage, it
 * prints each signal's AUC: the chance that an answer with its fact scores higher on the signal than a
 * near-miss or off-topic question answered in full (0.5: no better than chance). Prints; asserts nothing.
 */
@QuarkusTest
@Tag("eval")
class GoldenSignalsHarness {

    @Inject
    AnswerService answers;
    @Inject
    EvidenceFinder finder;
    @Inject
    QueryRewriter rewriter;
    @Inject
    QuestionTerms terms;

    /** The signals of one answer in full coverage. */
    private record Signals(boolean right, double passageCosine, double topSentenceCosine, double closestSentence,
                           double citedCosine, double termShare, double rareTermShare, double scoreMargin) {
    }

    private static final Map<String, ToDoubleFunction<Signals>> SIGNALS = new LinkedHashMap<>();

    static {
        SIGNALS.put("best passage cosine", Signals::passageCosine);
        SIGNALS.put("top sentence cosine", Signals::topSentenceCosine);
        SIGNALS.put("closest sentence cosine", Signals::closestSentence);
        SIGNALS.put("best cited sentence cosine", Signals::citedCosine);
        SIGNALS.put("key-term share, cited", Signals::termShare);
        SIGNALS.put("rare-term share, cited", Signals::rareTermShare);
        SIGNALS.put("top score margin", Signals::scoreMargin);
    }

    @Test
    void print_how_well_each_signal_separates_right_answers_from_answered_near_misses() {
        Ready.await();
        GoldenSet golden = GoldenSet.load();
        for (String half : List.of(GoldenSet.TUNING, GoldenSet.HELD_OUT)) {
            List<Signals> answered = new ArrayList<>();
            golden.answerable().stream().filter(item -> item.split().equals(half) && item.history().isEmpty())
                    .forEach(item -> signals(item.question(), item.fact()).ifPresent(answered::add));
            golden.unrelated().stream().filter(question -> question.split().equals(half))
                    .forEach(question -> signals(question.question(), null).ifPresent(answered::add));
            long right = answered.stream().filter(Signals::right).count();
            System.out.printf("Signals of full answers, %s half: %d with their fact, %d near-miss or off-topic%n",
                    half, right, answered.size() - right);
            SIGNALS.forEach((name, signal) -> System.out.printf("  %-28s AUC %.3f%n", name, auc(answered, signal)));
        }
    }

    /** The signals of a question's answer when it is answered in full; {@code fact} null for unanswerable ones. */
    private java.util.Optional<Signals> signals(String question, String fact) {
        Answer answer = answers.answer(Question.of(question));
        if (answer.coverage() != Answer.Coverage.FULL) {
            return java.util.Optional.empty();
        }
        boolean right = fact != null && answer.answer().toLowerCase(Locale.ROOT).contains(fact.toLowerCase(Locale.ROOT));
        if (fact != null && !right) {
            return java.util.Optional.empty(); // a wrong answer to an answerable question is neither group
        }
        Findings findings = finder.find(rewriter.rewrite(Question.of(question)));
        List<Evidence> sentences = findings.sentences();
        Set<String> quoted = new HashSet<>();
        answer.citations().forEach(citation -> quoted.add(citation.quote()));
        Set<String> citedTerms = new HashSet<>();
        answer.citations().forEach(citation -> citedTerms.addAll(terms.termsOf(citation.quote())));
        Map<String, Double> weights = KeyTerm.weights(terms.keyTerms(question));
        Map<String, Double> rare = new HashMap<>();
        weights.forEach((term, weight) -> {
            if (weight >= 3.0) {
                rare.put(term, weight);
            }
        });
        return java.util.Optional.of(new Signals(right,
                findings.passages().stream().mapToDouble(ScoredChunk::dense).max().orElse(0),
                sentences.isEmpty() ? 0 : sentences.get(0).cosine(),
                sentences.stream().mapToDouble(Evidence::cosine).max().orElse(0),
                sentences.stream().filter(e -> quoted.contains(e.text())).mapToDouble(Evidence::cosine).max().orElse(0),
                QuestionTerms.share(weights, citedTerms),
                rare.isEmpty() ? 1 : QuestionTerms.share(rare, citedTerms),
                sentences.size() < 2 ? 1 : sentences.get(0).score() - sentences.get(1).score()));
    }

    /** The chance a right answer scores above an answered near-miss (ties count half). */
    private static double auc(List<Signals> answered, ToDoubleFunction<Signals> signal) {
        List<Double> right = answered.stream().filter(Signals::right).map(signal::applyAsDouble).toList();
        List<Double> wrong = answered.stream().filter(s -> !s.right()).map(signal::applyAsDouble).toList();
        if (right.isEmpty() || wrong.isEmpty()) {
            return Double.NaN;
        }
        double wins = 0;
        for (double r : right) {
            for (double w : wrong) {
                wins += r > w ? 1 : r == w ? 0.5 : 0;
            }
        }
        return wins / (right.size() * (double) wrong.size());
    }
}
