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

/**
 * The vectors of retrieved passages' sentences, which answers compare with the question. With lazy
 * sentence vectors (the default) a passage's sentences are embedded the first time a question retrieves
 * it, all missing passages in one model call, and kept for the passages asked about most recently; the
 * embeddings cache keeps them across restarts. Ingestion so embeds each text once, and the index holds
 * no sentence vectors for passages nobody asks about.
 */
@ApplicationScoped
public class SentenceVectors {

    private final Embedder embedder;
    private final IndexConfig.SentenceVectors mode;
    /** By passage id: ids derive from content, so an id always names the same sentences. */
    private final Cache<String, Int8Vectors> recent;

    public SentenceVectors(Embedder embedder, IndexConfig config) {
        this.embedder = embedder;
        this.mode = config.sentenceVectors();
        this.recent = Caffeine.newBuilder().maximumSize(Math.max(1, config.sentenceVectorCache())).build();
    }

    /**
     * The first {@code count} passages with their sentence vectors, then the rest as they are. Passages
     * that already carry them (embedded at ingestion) are returned unchanged.
     */
    public List<ScoredChunk> load(List<ScoredChunk> passages, int count) {
        if (mode == IndexConfig.SentenceVectors.OFF || passages.isEmpty()) {
            return passages;
        }
        int first = Math.min(count, passages.size());
        Map<String, IndexedChunk> missing = new LinkedHashMap<>();
        for (ScoredChunk passage : passages.subList(0, first)) {
            IndexedChunk chunk = passage.chunk();
            if (chunk.sentenceVectors() == null && recent.getIfPresent(chunk.id()) == null) {
                missing.putIfAbsent(chunk.id(), chunk);
            }
        }
        if (!missing.isEmpty()) {
            embed(missing.values());
        }
        List<ScoredChunk> loaded = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            ScoredChunk passage = passages.get(i);
            IndexedChunk chunk = passage.chunk();
            Int8Vectors vectors = i < first && chunk.sentenceVectors() == null ? recent.getIfPresent(chunk.id()) : null;
            loaded.add(vectors == null ? passage
                    : new ScoredChunk(chunk.withSentenceVectors(vectors), passage.score(), passage.dense(), passage.keyword()));
        }
        return loaded;
    }

    private void embed(Iterable<IndexedChunk> chunks) {
        List<String> texts = new ArrayList<>();
        for (IndexedChunk chunk : chunks) {
            texts.addAll(chunk.sentences());
        }
        float[][] vectors = embedder.embedAll(texts);
        int next = 0;
        for (IndexedChunk chunk : chunks) {
            int sentences = chunk.chunk().sentences().size();
            float[][] own = new float[sentences][];
            System.arraycopy(vectors, next, own, 0, sentences);
            next += sentences;
            recent.put(chunk.id(), Int8Vectors.of(own));
        }
    }
}
