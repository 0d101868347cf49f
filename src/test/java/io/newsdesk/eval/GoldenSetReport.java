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
    int factHits;
    int answeredGrounded;
    int citations;
    int validCitations;
    int unrelated;
    int abstained;
    final List<String> failures = new ArrayList<>();

    public double hitAt1(SearchMode mode) {
        return retrieval.get(mode)[0] / questions;
    }

    public double hitAt3(SearchMode mode) {
        return retrieval.get(mode)[1] / questions;
    }

    public double mrr(SearchMode mode) {
        return retrieval.get(mode)[2] / questions;
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
        failures.forEach(f -> out.append("  MISS ").append(f).append('\n'));
        return out.toString();
    }
}
