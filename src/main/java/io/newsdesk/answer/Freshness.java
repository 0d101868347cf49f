package io.newsdesk.answer;

import io.newsdesk.retrieve.ScoredChunk;
import io.newsdesk.time.Recency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reorders retrieved passages by age when a question asks for the latest ("What is the latest on …?") or the
 * first ("When was … first reported?"). Each passage's score is multiplied by {@code 1 + weight × f}, where f runs
 * from 0 for the oldest dated passage retrieved to 1 for the newest (reversed for the first); an undated passage
 * sits in the middle, neither lifted nor held back against dated ones. Relevance still leads: a weight of 0.3 lifts a newer passage over an older one only when
 * their scores are within 30 %.
 */
final class Freshness {

    private Freshness() {
    }

    static List<ScoredChunk> rerank(List<ScoredChunk> passages, Recency recency, double weight) {
        if (weight <= 0 || passages.size() < 2 || (recency != Recency.NEWEST && recency != Recency.OLDEST)) {
            return passages;
        }
        long oldest = Long.MAX_VALUE;
        long newest = Long.MIN_VALUE;
        for (ScoredChunk passage : passages) {
            LocalDate day = passage.chunk().article().day().orElse(null);
            if (day != null) {
                oldest = Math.min(oldest, day.toEpochDay());
                newest = Math.max(newest, day.toEpochDay());
            }
        }
        if (newest <= oldest) {
            return passages;
        }
        List<ScoredChunk> reranked = new ArrayList<>(passages.size());
        for (ScoredChunk passage : passages) {
            LocalDate day = passage.chunk().article().day().orElse(null);
            double f = day == null ? 0.5 : (double) (day.toEpochDay() - oldest) / (newest - oldest);
            if (recency == Recency.OLDEST && day != null) {
                f = 1 - f;
            }
            reranked.add(new ScoredChunk(passage.chunk(), passage.score() * (1 + weight * f), passage.dense(), passage.keyword()));
        }
        reranked.sort(Comparator.comparingDouble(ScoredChunk::score).reversed().thenComparing(p -> p.chunk().id()));
        return reranked;
    }
}
