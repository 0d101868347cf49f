package io.newsdesk.index;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The in-memory corpus, the embedded default: exact dense search over int8 unit vectors in blocks
 * ({@link VectorIndex}) and Lucene BM25 over an in-memory directory. Searches share a read lock; adding or replacing
 * an article takes the write lock only for the insertion itself (embedding happens before).
 */
public class MemoryCorpusIndex implements CorpusIndex, AutoCloseable {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private VectorIndex vectors;
    private final KeywordIndex keywords;
    /**
     * Passages by row of the vector index. A removed passage's row stays, dead, until dead rows outnumber
     * live ones; then {@link #compact()} copies the live rows into a new index, so replaced and deleted
     * articles' vectors and sentence vectors are freed.
     */
    private List<IndexedChunk> rows = new ArrayList<>();
    private final Map<String, Integer> rowOf = new HashMap<>();
    private final int dimension;
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, List<Integer>> articleRows = new HashMap<>();
    /** The allowed rows of recent filters; emptied by every write. */
    private final Map<SearchFilter, java.util.BitSet> allowedRows = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHED_FILTERS = 64;
    /** What filters read of each article, computed once when it is stored. */
    private final Map<String, Facets> facets = new HashMap<>();
    private final Map<String, Integer> sourceCounts = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    /** The articles newest first, built by the first library listing after a write. */
    private volatile List<Article> newestFirst;

    /** An article's publication day (null when unknown), shown source and desk. */
    private record Facets(java.time.LocalDate day, String source, String desk) {

        static Facets of(Article article) {
            return new Facets(article.day().orElse(null), article.shownSource(), article.desk());
        }

        boolean in(SearchFilter filter) {
            return filter.accepts(day, source, desk);
        }
    }

    public MemoryCorpusIndex(int dimension, float titleBoost) {
        this(dimension, titleBoost, 1f);
    }

    public MemoryCorpusIndex(int dimension, float titleBoost, float articleWeight) {
        this.dimension = dimension;
        this.vectors = new VectorIndex(dimension);
        this.keywords = new KeywordIndex(titleBoost, articleWeight);
    }

    /** How dense search multiplies in this JVM: with the Vector API, or a plain loop. */
    public static String denseKernel() {
        return VectorIndex.kernel();
    }

    /** Adds an article, replacing any article with the same id. Call {@link #refresh()} after a batch. */
    public void put(Article article, List<Chunk> chunks, float[][] chunkVectors, float[][][] sentenceVectors) {
        putAll(List.of(new ArticleVectors(article, chunks, chunkVectors, sentenceVectors)));
    }

    @Override
    public void putAll(List<ArticleVectors> batch) {
        for (ArticleVectors entry : batch) {
            Article article = entry.article();
            String version = PassageIds.version(article);
            List<IndexedChunk> passages = new ArrayList<>(entry.chunks().size());
            java.util.Set<String> titleTerms = IndexedChunk.terms(article.title());
            for (int i = 0; i < entry.chunks().size(); i++) {
                Chunk chunk = entry.chunks().get(i);
                passages.add(IndexedChunk.of(PassageIds.of(version, chunk.ordinal()), chunk, article,
                        entry.sentenceVectors()[i], titleTerms));
            }
            write(() -> {
                removeLocked(article.id());
                List<Integer> owned = new ArrayList<>(passages.size());
                for (int i = 0; i < passages.size(); i++) {
                    IndexedChunk passage = passages.get(i);
                    int row = vectors.add(entry.chunkVectors()[i]);
                    rows.add(passage);
                    rowOf.put(passage.id(), row);
                    keywords.add(passage.id(), article, passage.chunk().text());
                    owned.add(row);
                }
                articles.put(article.id(), article);
                articleRows.put(article.id(), owned);
                Facets facet = Facets.of(article);
                facets.put(article.id(), facet);
                if (facet.source() != null) {
                    sourceCounts.merge(facet.source(), 1, Integer::sum);
                }
                compactIfMostlyDead();
                return null;
            });
        }
    }

    @Override
    public boolean remove(String articleId) {
        return write(() -> {
            boolean removed = removeLocked(articleId);
            compactIfMostlyDead();
            return removed;
        });
    }

    /** Rows in the vector index, dead ones included: what the index holds in memory. */
    int rowCount() {
        return read(() -> rows.size());
    }

    private void compactIfMostlyDead() {
        int dead = rows.size() - rowOf.size();
        if (dead > Math.max(1024, rowOf.size())) {
            compact();
        }
    }

    /** Copies the live rows into a new vector index, renumbering them; the keyword index keys passages by id. */
    private void compact() {
        VectorIndex live = new VectorIndex(dimension);
        List<IndexedChunk> liveRows = new ArrayList<>(rowOf.size());
        for (Map.Entry<String, List<Integer>> article : articleRows.entrySet()) {
            List<Integer> renumbered = new ArrayList<>(article.getValue().size());
            for (int row : article.getValue()) {
                int next = live.add(vectors, row);
                liveRows.add(rows.get(row));
                rowOf.put(rows.get(row).id(), next);
                renumbered.add(next);
            }
            article.setValue(renumbered);
        }
        vectors = live;
        rows = liveRows;
    }

    private boolean removeLocked(String articleId) {
        List<Integer> owned = articleRows.remove(articleId);
        if (owned == null) {
            return false;
        }
        for (int row : owned) {
            vectors.remove(row);
            rowOf.remove(rows.get(row).id());
        }
        keywords.removeArticle(articleId);
        articles.remove(articleId);
        Facets facet = facets.remove(articleId);
        if (facet != null && facet.source() != null) {
            sourceCounts.computeIfPresent(facet.source(), (source, count) -> count > 1 ? count - 1 : null);
        }
        return true;
    }

    @Override
    public void refresh() {
        keywords.refresh();
    }

    @Override
    public List<Hit> dense(float[] query, int n, SearchFilter filter) {
        return read(() -> {
            float[] scores = vectors.scoreAll(query);
            java.util.BitSet allowed = filter.isNone() ? null : allowedRows(filter);
            // ties go to the lower row, so the same corpus ranks the same way however it was loaded
            PriorityQueue<Integer> heap = new PriorityQueue<>(n + 1, (a, b) -> scores[a] != scores[b]
                    ? Float.compare(scores[a], scores[b]) : Integer.compare(b, a));
            for (int row = 0; row < scores.length; row++) {
                if (Float.isNaN(scores[row]) || allowed != null && !allowed.get(row)) {
                    continue;
                }
                if (heap.size() < n) {
                    heap.add(row);
                } else if (scores[row] > scores[heap.peek()]) {
                    heap.poll();
                    heap.add(row);
                }
            }
            List<Hit> hits = new ArrayList<>(heap.size());
            heap.forEach(row -> hits.add(new Hit(rows.get(row), scores[row])));
            hits.sort((a, b) -> Float.compare(b.score(), a.score()));
            return hits;
        });
    }

    /**
     * Rows of the passages whose articles the filter accepts. Call with the read lock held. The rows of recent
     * filters are kept until the next write (a reader's hidden desks, or a page's date range, repeat on every
     * question), since building them visits every article.
     */
    private java.util.BitSet allowedRows(SearchFilter filter) {
        java.util.BitSet cached = allowedRows.get(filter);
        if (cached != null) {
            return cached;
        }
        java.util.BitSet allowed = new java.util.BitSet(rows.size());
        facets.forEach((id, facet) -> {
            if (facet.in(filter)) {
                articleRows.get(id).forEach(allowed::set);
            }
        });
        if (allowedRows.size() >= CACHED_FILTERS) {
            allowedRows.clear();
        }
        allowedRows.put(filter, allowed);
        return allowed;
    }

    @Override
    public List<Hit> keyword(List<String> terms, int n, SearchFilter filter) {
        List<KeywordIndex.PassageScore> found = keywords.search(terms, n, filter);
        return read(() -> {
            List<Hit> hits = new ArrayList<>(found.size());
            for (KeywordIndex.PassageScore hit : found) {
                Integer row = rowOf.get(hit.passage());
                if (row != null) { // else removed since the search
                    hits.add(new Hit(rows.get(row), hit.score()));
                }
            }
            return hits;
        });
    }

    @Override
    public float cosine(IndexedChunk passage, float[] query) {
        return read(() -> {
            Integer row = rowOf.get(passage.id());
            return row == null ? Float.NaN : vectors.score(query, row);
        });
    }

    @Override
    public boolean mentions(String term) {
        return keywords.docFreq(term) > 0;
    }

    @Override
    public double idf(String term) {
        return keywords.idf(term);
    }

    @Override
    public Optional<Article> article(String id) {
        return read(() -> Optional.ofNullable(articles.get(id)));
    }

    @Override
    public List<IndexedChunk> chunksOf(String articleId) {
        return read(() -> articleRows.getOrDefault(articleId, List.of()).stream().map(rows::get).toList());
    }

    @Override
    public List<Article> articles(int offset, int limit, SearchFilter filter) {
        return read(() -> articles.values().stream().filter(a -> facets.get(a.id()).in(filter))
                .skip(offset).limit(limit).toList());
    }

    @Override
    public int articleCount(SearchFilter filter) {
        return read(() -> filter.isNone() ? articles.size()
                : (int) facets.values().stream().filter(facet -> facet.in(filter)).count());
    }

    @Override
    public Map<String, Integer> sources(SearchFilter filter) {
        return read(() -> {
            if (filter.isNone()) {
                return Map.copyOf(sourceCounts);
            }
            Map<String, Integer> counts = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            facets.values().stream().filter(facet -> facet.in(filter) && facet.source() != null)
                    .forEach(facet -> counts.merge(facet.source(), 1, Integer::sum));
            return counts;
        });
    }

    @Override
    public ArticleMatches findArticles(List<String> terms, SearchFilter filter, boolean byRelevance, int offset, int limit) {
        if (terms.isEmpty()) {
            return read(() -> {
                List<Article> newest = newestFirst();
                if (filter.isNone()) {
                    return new ArticleMatches(newest.size(), newest.stream().skip(offset).limit(limit).toList());
                }
                List<Article> page = new ArrayList<>(Math.min(limit, 1000));
                int total = 0;
                for (Article article : newest) {
                    if (facets.get(article.id()).in(filter)) {
                        if (total >= offset && page.size() < limit) {
                            page.add(article);
                        }
                        total++;
                    }
                }
                return new ArticleMatches(total, page);
            });
        }
        Map<String, Float> scores = null;
        for (String term : new java.util.LinkedHashSet<>(terms)) {
            Map<String, Float> with = keywords.articlesWith(term, filter);
            if (scores == null) {
                scores = new HashMap<>(with);
            } else {
                scores.keySet().retainAll(with.keySet());
                scores.replaceAll((id, score) -> score + with.get(id));
            }
            if (scores.isEmpty()) {
                break;
            }
        }
        Map<String, Float> found = scores;
        return read(() -> {
            List<Article> matching = new ArrayList<>(found.size());
            found.keySet().forEach(id -> {
                Article article = articles.get(id);
                if (article != null) {
                    matching.add(article);
                }
            });
            List<Ranked> ranked = new ArrayList<>(matching.size());
            for (Article article : matching) {
                ranked.add(new Ranked(article, byRelevance ? found.get(article.id()) : 0f, dayKey(article)));
            }
            ranked.sort(RANKED);
            return new ArticleMatches(ranked.size(), ranked.stream().skip(offset).limit(limit).map(Ranked::article).toList());
        });
    }

    /** Every article, newest first; kept until the next write. Call under the read lock. */
    private List<Article> newestFirst() {
        List<Article> held = newestFirst;
        if (held == null) {
            List<Ranked> ranked = new ArrayList<>(articles.size());
            articles.values().forEach(article -> ranked.add(new Ranked(article, 0f, dayKey(article))));
            ranked.sort(RANKED);
            held = ranked.stream().map(Ranked::article).toList();
            newestFirst = held;
        }
        return held;
    }

    /** An article with what the library orders it by: a score (0 without words) and its day, read once. */
    private record Ranked(Article article, float score, long day) {
    }

    /** Best score first, then newest (undated last), then by id: {@link CorpusIndex#NEWEST_FIRST} with a score before it. */
    private static final java.util.Comparator<Ranked> RANKED = java.util.Comparator.comparingDouble((Ranked r) -> -r.score())
            .thenComparingLong(r -> -r.day()).thenComparing(r -> r.article().id());

    /** The epoch day of an article's publication, from the facets computed when it was stored; undated sorts last. */
    private long dayKey(Article article) {
        Facets facet = facets.get(article.id());
        return facet == null || facet.day() == null ? Long.MIN_VALUE + 1 : facet.day().toEpochDay();
    }

    @Override
    public Map<String, Integer> desks(SearchFilter filter) {
        return read(() -> {
            Map<String, Integer> counts = new java.util.TreeMap<>();
            facets.values().stream().filter(facet -> facet.in(filter))
                    .forEach(facet -> counts.merge(facet.desk(), 1, Integer::sum));
            return counts;
        });
    }

    @Override
    public List<String> articlesFrom(String source) {
        return read(() -> articles.values().stream().filter(a -> source.equals(a.source())).map(Article::id).toList());
    }

    @Override
    public Map<String, Stored> stored(Collection<Article> wanted) {
        return read(() -> {
            Map<String, Stored> found = new HashMap<>();
            for (Article article : wanted) {
                Article held = articles.get(article.id());
                if (held != null) {
                    found.put(article.id(), new Stored(null, held.equals(article), false));
                }
            }
            return found;
        });
    }

    @Override
    public int articleCount() {
        return read(articles::size);
    }

    @Override
    public int chunkCount() {
        return read(rowOf::size);
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
            allowedRows.clear();
            newestFirst = null;
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        try {
            keywords.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
