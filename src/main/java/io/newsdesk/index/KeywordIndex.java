package io.newsdesk.index;

import org.apache.lucene.analysis.Analyzer;
import io.newsdesk.domain.Article;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * BM25 over passages with Lucene, in memory. English analysis (possessives, stop words, Porter
 * stemming) so "Baidu's" finds "Baidu"; the title is its own, boosted field.
 */
final class KeywordIndex implements AutoCloseable {

    private static final String ARTICLE = "article";
    private static final String PASSAGE = "passage";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    /** The whole article (title and text), on every passage of it: BM25 at article level, where long stories score fairly. */
    private static final String ARTICLE_TEXT = "article_text";
    private static final int MAX_QUERY_TERMS = 64;
    /** Filter fields: the article's shown source (lower-cased), desk and publication day (epoch day). */
    private static final String SOURCE = "source";
    private static final String DESK = "desk";
    private static final String DAY = "day";
    private static final Sort BY_SCORE_THEN_PASSAGE = new Sort(SortField.FIELD_SCORE, new SortField(PASSAGE, SortField.Type.STRING));

    private final Analyzer analyzer = EnglishTerms.ANALYZER;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final float titleBoost;
    private final float articleWeight;

    KeywordIndex(float titleBoost, float articleWeight) {
        this.titleBoost = titleBoost;
        this.articleWeight = articleWeight;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(new ByteBuffersDirectory(), config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(String passageId, Article article, String text) {
        String articleId = article.id();
        String title = article.title();
        String articleText = article.text();
        Document doc = new Document();
        doc.add(new StringField(ARTICLE, articleId, Field.Store.NO));
        doc.add(new SortedDocValuesField(ARTICLE, new BytesRef(articleId)));
        doc.add(new StringField(SOURCE, SearchFilter.key(article.shownSource()), Field.Store.NO));
        doc.add(new StringField(DESK, article.desk(), Field.Store.NO));
        article.day().ifPresent(day -> doc.add(new LongPoint(DAY, day.toEpochDay())));
        doc.add(new StoredField(PASSAGE, passageId));
        doc.add(new SortedDocValuesField(PASSAGE, new BytesRef(passageId)));
        doc.add(new TextField(TITLE, title, Field.Store.NO));
        doc.add(new TextField(TEXT, text, Field.Store.NO));
        if (articleWeight > 0) {
            doc.add(new TextField(ARTICLE_TEXT, title + "\n" + articleText, Field.Store.NO));
        }
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void removeArticle(String articleId) {
        try {
            writer.deleteDocuments(new Term(ARTICLE, articleId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes added and removed passages visible to searches. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many passages contain the term. */
    long docFreq(String term) {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().docFreq(new Term(TEXT, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** Inverse document frequency of an analysed term among passages, as BM25 computes it. */
    double idf(String term) {
        IndexSearcher searcher = acquire();
        try {
            long n = searcher.getIndexReader().numDocs();
            long df = searcher.getIndexReader().docFreq(new Term(TEXT, term));
            return Math.log(1 + (n - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** The best {@code n} passages for the analysed query terms, by BM25, among those the filter accepts. */
    List<PassageScore> search(List<String> terms, int n, SearchFilter filter) {
        List<PassageScore> hits = new ArrayList<>();
        if (terms.isEmpty()) {
            return hits;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms.subList(0, Math.min(terms.size(), MAX_QUERY_TERMS))) {
            query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), titleBoost), BooleanClause.Occur.SHOULD);
            if (articleWeight > 0) {
                query.add(new BoostQuery(new TermQuery(new Term(ARTICLE_TEXT, term)), articleWeight), BooleanClause.Occur.SHOULD);
            }
        }
        Query scored = query.build();
        if (!filter.isNone()) {
            scored = new BooleanQuery.Builder().add(scored, BooleanClause.Occur.MUST)
                    .add(filterQuery(filter), BooleanClause.Occur.FILTER).build();
        }
        IndexSearcher searcher = acquire();
        try {
            var storedFields = searcher.storedFields();
            // ties go to the passage with the lower id: the same whatever the segments look like
            TopDocs top = searcher.search(scored, n, BY_SCORE_THEN_PASSAGE, true);
            for (ScoreDoc hit : top.scoreDocs) {
                hits.add(new PassageScore(storedFields.document(hit.doc).get(PASSAGE), hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /**
     * The articles with a passage the filter accepts that holds the analysed term in its text or its title, each
     * with the best BM25 score of such a passage.
     */
    java.util.Map<String, Float> articlesWith(String term, SearchFilter filter) {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(TITLE, term)), titleBoost), BooleanClause.Occur.SHOULD).build();
        if (!filter.isNone()) {
            query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(filterQuery(filter), BooleanClause.Occur.FILTER).build();
        }
        java.util.Map<String, Float> best = new java.util.HashMap<>();
        IndexSearcher searcher = acquire();
        try {
            searcher.search(query, new org.apache.lucene.search.SimpleCollector() {
                private org.apache.lucene.index.SortedDocValues ids;
                private org.apache.lucene.search.Scorable scorer;

                @Override
                protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) throws IOException {
                    ids = org.apache.lucene.index.DocValues.getSorted(context.reader(), ARTICLE);
                }

                @Override
                public void setScorer(org.apache.lucene.search.Scorable scorable) {
                    scorer = scorable;
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (ids.advanceExact(doc)) {
                        float score = scorer.score();
                        best.merge(ids.lookupOrd(ids.ordValue()).utf8ToString(), score, Math::max);
                    }
                }

                @Override
                public org.apache.lucene.search.ScoreMode scoreMode() {
                    return org.apache.lucene.search.ScoreMode.COMPLETE;
                }
            });
            return best;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    private static Query filterQuery(SearchFilter filter) {
        BooleanQuery.Builder clauses = new BooleanQuery.Builder();
        if (!filter.dates().unbounded()) {
            clauses.add(LongPoint.newRangeQuery(DAY, filter.dates().fromEpochDay(), filter.dates().toEpochDay()),
                    BooleanClause.Occur.FILTER);
        }
        if (!filter.sources().isEmpty()) {
            clauses.add(new TermInSetQuery(SOURCE, filter.sources().stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
        if (filter.desks() != null) {
            clauses.add(new TermInSetQuery(DESK, filter.desks().stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
        if (!filter.hiddenDesks().isEmpty()) {
            clauses.add(new org.apache.lucene.search.MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
            clauses.add(new TermInSetQuery(DESK, filter.hiddenDesks().stream().map(BytesRef::new).toList()), BooleanClause.Occur.MUST_NOT);
        }
        return clauses.build();
    }

    /** A passage's id and its BM25 score. */
    record PassageScore(String passage, float score) {
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
