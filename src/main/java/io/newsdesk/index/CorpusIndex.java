package io.newsdesk.index;

import io.newsdesk.domain.Article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The corpus as the service searches it: articles, their passages, a dense vector index and a BM25 keyword
 * index, kept in step. Two stores implement it, chosen by {@code newsdesk.store}: this process's memory
 * (the default) and an Elasticsearch cluster shared by many instances. Retrieval, answering and the
 * channels see only this interface.
 */
public interface CorpusIndex {

    /** Adds articles, each replacing any article with the same id. Call {@link #refresh()} after a batch. */
    void putAll(List<ArticleVectors> articles);

    /** Removes an article and its passages; false if there was none. Call {@link #refresh()} after. */
    boolean remove(String articleId);

    /** Makes everything put or removed so far visible to searches. */
    void refresh();

    /** The {@code n} passages nearest to a unit query vector, best first; each hit's score is its cosine. */
    default List<Hit> dense(float[] query, int n) {
        return dense(query, n, SearchFilter.NONE);
    }

    /** As {@link #dense(float[], int)}, among the passages of articles the filter accepts (applied before the top n). */
    List<Hit> dense(float[] query, int n, SearchFilter filter);

    /** The {@code n} passages best matching the analysed terms, by BM25, best first. */
    default List<Hit> keyword(List<String> terms, int n) {
        return keyword(terms, n, SearchFilter.NONE);
    }

    /** As {@link #keyword(List, int)}, among the passages of articles the filter accepts (applied before the top n). */
    List<Hit> keyword(List<String> terms, int n, SearchFilter filter);

    /** Cosine of a unit query vector with a passage this index returned. */
    float cosine(IndexedChunk passage, float[] query);

    /** Analyses text the way the keyword index does. */
    default List<String> terms(String text) {
        return EnglishTerms.of(text);
    }

    /** Whether any passage contains the (analysed) term. */
    boolean mentions(String term);

    /** Inverse document frequency of an analysed term among passages, as BM25 computes it. */
    double idf(String term);

    Optional<Article> article(String id);

    /** The articles held under these ids (absent ones left out), in one round trip where the store allows. */
    default Map<String, Article> articles(Collection<String> ids) {
        Map<String, Article> found = new java.util.HashMap<>();
        ids.forEach(id -> article(id).ifPresent(article -> found.put(id, article)));
        return found;
    }

    /** Passages of an article, in order. */
    List<IndexedChunk> chunksOf(String articleId);

    /** How many passages an article has (0 if there is no such article). */
    default int chunkCount(String articleId) {
        return chunksOf(articleId).size();
    }

    /** A page of the articles, oldest stored first (a replaced article moves to the end). */
    default List<Article> articles(int offset, int limit) {
        return articles(offset, limit, SearchFilter.NONE);
    }

    /** A page of the articles the filter accepts, oldest stored first. */
    List<Article> articles(int offset, int limit, SearchFilter filter);

    /** How many articles the filter accepts. */
    int articleCount(SearchFilter filter);

    /** The sources of the articles, as shown ({@link Article#shownSource()}), each with its article count. */
    default Map<String, Integer> sources() {
        return sources(SearchFilter.NONE);
    }

    /** The sources of the articles the filter accepts, each with its count of them. */
    Map<String, Integer> sources(SearchFilter filter);

    /**
     * A page of the articles the filter accepts that hold every one of the analysed {@code terms} (all articles when
     * there are none), newest first, or by how well they match when {@code byRelevance} and there are terms; and how
     * many there are in all.
     */
    ArticleMatches findArticles(List<String> terms, SearchFilter filter, boolean byRelevance, int offset, int limit);

    /** A page of articles, and how many the search found in all. */
    record ArticleMatches(int total, List<Article> articles) {
    }

    /** Newest first by publication day (undated last), then by id: the library's order. */
    java.util.Comparator<Article> NEWEST_FIRST = java.util.Comparator
            .comparing((Article a) -> a.day().orElse(null), java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
            .thenComparing(Article::id);

    /** The desks of the articles the filter accepts, each with its count of them. */
    Map<String, Integer> desks(SearchFilter filter);

    /** Ids of the articles that came from a source (a file of the corpus folder, an import). */
    List<String> articlesFrom(String source);

    /**
     * For each of these articles the index already holds: when it was stored and whether it is the same
     * version (id, title and text). Also reports deletions still remembered, so a deleted article stays
     * deleted. Lets a start-up skip what another instance, or an earlier run, already indexed.
     */
    Map<String, Stored> stored(Collection<Article> articles);

    int articleCount();

    int chunkCount();

    /**
     * Whether the index lives outside this process and keeps articles durably itself (Elasticsearch):
     * then there is no local archive to replay at start-up.
     */
    default boolean shared() {
        return false;
    }

    /** What the index holds for an article id: when it was stored, and whether it is the version asked about. */
    record Stored(Instant at, boolean sameVersion, boolean deleted) {
    }
}
