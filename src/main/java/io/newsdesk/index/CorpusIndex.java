package io.newsdesk.index;

import io.newsdesk.embed.Embedder;
import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The in-memory corpus: articles, their passages, a dense vector index and a BM25 keyword index,
 * kept in step. Searches share a read lock; adding or replacing an article takes the write lock only
 * for the insertion itself (embedding happens before).
 */
@ApplicationScoped
public class CorpusIndex {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final VectorIndex vectors;
    private final KeywordIndex keywords;
    private final List<IndexedChunk> slots = new ArrayList<>();
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, List<Integer>> articleSlots = new HashMap<>();

    @jakarta.inject.Inject
    public CorpusIndex(Embedder embedder, IndexConfig config) {
        this(embedder.dimension(), config.titleBoost(), config.articleWeight());
    }

    public CorpusIndex(int dimension, float titleBoost) {
        this(dimension, titleBoost, 1f);
    }

    public CorpusIndex(int dimension, float titleBoost, float articleWeight) {
        this.vectors = new VectorIndex(dimension);
        this.keywords = new KeywordIndex(titleBoost, articleWeight);
    }

    /** Adds an article, replacing any article with the same id. Call {@link #refresh()} after a batch. */
    public void put(Article article, List<Chunk> chunks, float[][] chunkVectors, float[][][] sentenceVectors) {
        if (chunks.size() != chunkVectors.length || chunks.size() != sentenceVectors.length) {
            throw new IllegalArgumentException("one vector per chunk, and one per sentence");
        }
        write(() -> {
            removeLocked(article.id());
            List<Integer> owned = new ArrayList<>(chunks.size());
            Set<String> titleTerms = Set.copyOf(keywords.terms(article.title()));
            for (int i = 0; i < chunks.size(); i++) {
                Chunk chunk = chunks.get(i);
                Set<String> passageTerms = new HashSet<>(titleTerms);
                passageTerms.addAll(keywords.terms(chunk.text()));
                List<Set<String>> sentenceTerms = chunk.sentences().stream()
                        .map(s -> Set.copyOf(keywords.terms(s.of(article.text())))).toList();
                int slot = vectors.add(chunkVectors[i]);
                slots.add(new IndexedChunk(slot, chunk, article, sentenceVectors[i], titleTerms,
                        Set.copyOf(passageTerms), sentenceTerms));
                keywords.add(slot, article.id(), article.title(), chunk.text(), article.text());
                owned.add(slot);
            }
            articles.put(article.id(), article);
            articleSlots.put(article.id(), owned);
            return null;
        });
    }

    /** Removes an article and its passages; false if there was none. Call {@link #refresh()} after. */
    public boolean remove(String articleId) {
        return write(() -> removeLocked(articleId));
    }

    private boolean removeLocked(String articleId) {
        List<Integer> owned = articleSlots.remove(articleId);
        if (owned == null) {
            return false;
        }
        owned.forEach(vectors::remove);
        keywords.removeArticle(articleId);
        articles.remove(articleId);
        return true;
    }

    /** Makes everything put so far visible to keyword searches. */
    public void refresh() {
        keywords.refresh();
    }

    /** Cosine of a unit query vector with every slot ({@code NaN} for removed ones). */
    public float[] denseScores(float[] query) {
        return read(() -> vectors.scoreAll(query));
    }

    /** The {@code n} passages best matching the analysed terms, by BM25. */
    public List<Hit> keyword(List<String> terms, int n) {
        return keywords.search(terms, n);
    }

    /** Analyses text the way the keyword index does. */
    public List<String> terms(String text) {
        return keywords.terms(text);
    }

    /** Whether any passage contains the (analysed) term. */
    public boolean mentions(String term) {
        return keywords.docFreq(term) > 0;
    }

    public double idf(String term) {
        return keywords.idf(term);
    }

    public IndexedChunk chunk(int slot) {
        return read(() -> slots.get(slot));
    }

    public Optional<Article> article(String id) {
        return read(() -> Optional.ofNullable(articles.get(id)));
    }

    /** Passages of an article, in order. */
    public List<IndexedChunk> chunksOf(String articleId) {
        return read(() -> articleSlots.getOrDefault(articleId, List.of()).stream().map(slots::get).toList());
    }

    public Collection<Article> articles() {
        return read(() -> List.copyOf(articles.values()));
    }

    public int articleCount() {
        return read(articles::size);
    }

    public int chunkCount() {
        return read(() -> articleSlots.values().stream().mapToInt(List::size).sum());
    }

    private <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @PreDestroy
    void close() throws IOException {
        keywords.close();
    }
}
