package io.newsdesk.retrieve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsdesk.embed.Embedder;
import io.newsdesk.embed.Int8Vectors;
import io.newsdesk.index.IndexConfig;
import io.newsdesk.index.IndexedChunk;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What answers compare, sentence by sentence, in the passages a question retrieved: each sentence's
 * analysed terms and, unless sentence vectors are off, its vector. The index holds neither: they are
 * computed the first time a question retrieves the passage (with lazy sentence vectors, the default, the
 * missing passages' sentences in one model call) and kept for the passages asked about most recently; the
 * embeddings cache keeps the vectors across restarts. Ingestion so embeds each text once, and passages
 * nobody asks about cost no memory for their sentences.
 */
@ApplicationScoped
public class SentenceEvidence {

    private final Embedder embedder;
    private final IndexConfig.SentenceVectors mode;
    /** By passage id: ids derive from content, so an id always names the same sentences. */
    private final Cache<String, Sentences> recent;

    public SentenceEvidence(Embedder embedder, IndexConfig config) {
        this.embedder = embedder;
        this.mode = config.sentenceVectors();
        this.recent = Caffeine.newBuilder().maximumSize(Math.max(1, config.sentenceVectorCache())).build();
    }

    /** One passage's sentences: their vectors (null when off) and analysed terms. */
    private record Sentences(Int8Vectors vectors, List<Set<String>> terms) {
    }

    /**
     * The first {@code count} passages with their sentence evidence attached, then the rest as they are.
     * Vectors already embedded at ingestion (eager) are kept.
     */
    public List<ScoredChunk> load(List<ScoredChunk> passages, int count) {
        int first = Math.min(count, passages.size());
        Map<String, IndexedChunk> missing = new LinkedHashMap<>();
        for (ScoredChunk passage : passages.subList(0, first)) {
            IndexedChunk chunk = passage.chunk();
            if (recent.getIfPresent(chunk.id()) == null) {
                missing.putIfAbsent(chunk.id(), chunk);
            }
        }
        if (!missing.isEmpty()) {
            compute(missing.values());
        }
        List<ScoredChunk> loaded = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            ScoredChunk passage = passages.get(i);
            Sentences sentences = i < first ? recent.getIfPresent(passage.chunk().id()) : null;
            if (sentences == null) {
                loaded.add(passage); // evicted meanwhile, or beyond the count: its accessor still analyses on demand
                continue;
            }
            IndexedChunk chunk = passage.chunk();
            Int8Vectors vectors = chunk.sentenceVectors() != null ? chunk.sentenceVectors() : sentences.vectors();
            loaded.add(new ScoredChunk(chunk.withSentenceEvidence(vectors, sentences.terms()), passage.score(), passage.dense(),
                    passage.keyword()));
        }
        return loaded;
    }

    private void compute(Iterable<IndexedChunk> chunks) {
        List<String> toEmbed = new ArrayList<>();
        if (mode != IndexConfig.SentenceVectors.OFF) {
            for (IndexedChunk chunk : chunks) {
                if (chunk.sentenceVectors() == null) {
                    toEmbed.addAll(chunk.sentences());
                }
            }
        }
        float[][] vectors = toEmbed.isEmpty() ? new float[0][] : embedder.embedAll(toEmbed);
        int next = 0;
        for (IndexedChunk chunk : chunks) {
            Int8Vectors own = null;
            if (mode != IndexConfig.SentenceVectors.OFF && chunk.sentenceVectors() == null) {
                int count = chunk.chunk().sentences().size();
                float[][] slice = new float[count][];
                System.arraycopy(vectors, next, slice, 0, count);
                next += count;
                own = Int8Vectors.of(slice);
            }
            recent.put(chunk.id(), new Sentences(own, chunk.sentences().stream().map(IndexedChunk::terms).toList()));
        }
    }
}
