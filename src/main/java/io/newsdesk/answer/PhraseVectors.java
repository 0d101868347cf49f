package io.newsdesk.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsdesk.embed.Embedder;
import io.newsdesk.embed.Vectors;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Vectors of short texts (words, names, capitalised phrases) from the embedding model, for telling when two
 * wordings mean the same ("legislators" and "lawmakers", "Pentagon" and "Defence Department"). They recur
 * from question to question, so they are kept in a bounded cache rather than the embeddings cache on disk.
 */
@ApplicationScoped
public class PhraseVectors {

    /** About 60 MB at most: a newsroom archive's working vocabulary fits. */
    private static final int MAX_ENTRIES = 40_000;

    private final Cache<String, float[]> vectors = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();
    private final Embedder embedder;

    public PhraseVectors(Embedder embedder) {
        this.embedder = embedder;
    }

    /** The unit vector of each text; texts not seen before are embedded in one batch. */
    public Map<String, float[]> of(Collection<String> texts) {
        return vectors.getAll(texts, missing -> {
            List<String> list = List.copyOf(missing);
            float[][] embedded = embedder.embedAll(list, false);
            Map<String, float[]> byText = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                byText.put(list.get(i), embedded[i]);
            }
            return byText;
        });
    }

    /** The highest cosine between {@code text} and any of {@code candidates} (0 for none). */
    public double closest(String text, Collection<String> candidates) {
        if (candidates.isEmpty()) {
            return 0;
        }
        List<String> all = new ArrayList<>(candidates.size() + 1);
        all.add(text);
        all.addAll(candidates);
        Map<String, float[]> known = of(all);
        float[] wanted = known.get(text);
        double best = 0;
        for (String candidate : candidates) {
            best = Math.max(best, Vectors.dot(wanted, known.get(candidate)));
        }
        return best;
    }
}
