package io.newsdesk.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.newsdesk.retrieve.SearchMode;

/** Scores of one golden-set run; {@link #toString()} prints them the way the harness shows them. */
public final class GoldenSetReport {

    final Map<SearchMode, double[]> retrieval = new EnumMap<>(SearchMode.class); // hit@1, hit@3, MRR
    int questions;
    int retrievalQuestions;
    int factHits;
    int answeredGrounded;
    int citations;
    int validCitations;
    int unrelated;
    int abstained;
    final List<String> failures = new ArrayList<>();
    /** Outcomes per question type, in the order types first appear. */
    final Map<String, EnumMap<Outcome, Integer>> byType = new java.util.LinkedHashMap<>();

    /** What happened to one question. */
    public enum Outcome { ANSWERED_WITH_FACT, WRONGLY_ANSWERED, WRONGLY_REFUSED, REFUSED }

    void count(String type, Outcome outcome) {
        byType.computeIfAbsent(type == null ? "untyped" : type, t -> new EnumMap<>(Outcome.class)).merge(outcome, 1, Integer::sum);
    }

    /** Share of the answerable questions answered with their fact. */
    public double answeredWithFact() {
        return factHitRate();
    }

    /** Share of answerable questions that were refused (not grounded). */
    public double wronglyRefused() {
        return (double) total(Outcome.WRONGLY_REFUSED, true) / questions;
    }

    /** Share of answerable questions answered (grounded) without the asked fact. */
    public double wronglyAnsweredAnswerable() {
        return (double) total(Outcome.WRONGLY_ANSWERED, true) / questions;
    }

    private int total(Outcome outcome, boolean answerable) {
        return byType.entrySet().stream().filter(e -> answerable != isUnanswerable(e.getKey()))
                .mapToInt(e -> e.getValue().getOrDefault(outcome, 0)).sum();
    }

    private static boolean isUnanswerable(String type) {
        return type.equals("unrelated") || type.equals("near-miss");
    }

    public double hitAt1(SearchMode mode) {
        return retrieval.get(mode)[0] / retrievalQuestions;
    }

    public double hitAt3(SearchMode mode) {
        return retrieval.get(mode)[1] / retrievalQuestions;
    }

    public double mrr(SearchMode mode) {
        return retrieval.get(mode)[2] / retrievalQuestions;
    }

    public double factHitRate() {
        return (double) factHits / questions;
    }

    public double citationValidity() {
        return citations == 0 ? 0 : (double) validCitations / citations;
    }

    public double abstentionAccuracy() {
        return (double) abstained / unrelated;
    }

    public List<String> failures() {
        return failures;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Golden set: %d answerable, %d unrelated questions%n", questions, unrelated));
        out.append(String.format("  %-8s %7s %7s %7s%n", "mode", "hit@1", "hit@3", "MRR"));
        for (SearchMode mode : SearchMode.values()) {
            out.append(String.format("  %-8s %7.3f %7.3f %7.3f%n", mode.name().toLowerCase(), hitAt1(mode), hitAt3(mode), mrr(mode)));
        }
        out.append(String.format("  fact hit rate      %.3f (%d/%d)%n", factHitRate(), factHits, questions));
        out.append(String.format("  citation validity  %.3f (%d/%d quotes verbatim at their offsets)%n",
                citationValidity(), validCitations, citations));
        out.append(String.format("  abstention         %.3f (%d/%d unrelated questions not grounded)%n",
                abstentionAccuracy(), abstained, unrelated));
        out.append(String.format("  answerable: answered with the fact %.3f, wrongly answered %.3f, wrongly refused %.3f%n",
                answeredWithFact(), wronglyAnsweredAnswerable(), wronglyRefused()));
        out.append(String.format("  %-12s %5s %9s %9s %9s%n", "type", "n", "with fact", "wrong", "refused"));
        byType.forEach((type, outcomes) -> {
            int n = outcomes.values().stream().mapToInt(Integer::intValue).sum();
            boolean unanswerable = isUnanswerable(type);
            out.append(String.format("  %-12s %5d %9s %9.3f %9.3f%n", type, n,
                    unanswerable ? "-" : String.format("%.3f", outcomes.getOrDefault(Outcome.ANSWERED_WITH_FACT, 0) / (double) n),
                    outcomes.getOrDefault(Outcome.WRONGLY_ANSWERED, 0) / (double) n,
                    outcomes.getOrDefault(unanswerable ? Outcome.REFUSED : Outcome.WRONGLY_REFUSED, 0) / (double) n));
        });
        failures.forEach(f -> out.append("  MISS ").append(f).append('\n'));
        return out.toString();
    }
}
