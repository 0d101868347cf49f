package io.newsdesk.eval;

import dev.langchain4j.data.segment.TextSegment;
import io.newsdesk.embed.Embedder;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.index.IndexedChunk;
import io.newsdesk.domain.Chunk;
import io.newsdesk.ingest.IngestionService;
import io.newsdesk.retrieve.Retriever;
import io.newsdesk.retrieve.SearchMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the service's retrieval on a BEIR dataset: imports the corpus through the service's own import
 * path, queries through its own article-level search (passages aggregated to their document), and reports
 * nDCG@10, Recall@100 and MRR@10 for keyword, dense and hybrid side by side, with ingestion throughput
 * (against the raw model on the same passages) and search latency.
 */
@jakarta.enterprise.context.ApplicationScoped
public class BeirEvaluation {

    /** Documents ranked per query: Recall@100 needs 100. */
    private static final int DOCUMENTS = 100;

    private final IngestionService ingestion;
    private final Retriever retriever;
    private final CorpusIndex index;
    private final Embedder embedder;

    private final io.newsdesk.ingest.NdjsonArticleReader reader;

    public BeirEvaluation(IngestionService ingestion, Retriever retriever, CorpusIndex index, Embedder embedder,
                          io.newsdesk.ingest.NdjsonArticleReader reader) {
        this.ingestion = ingestion;
        this.reader = reader;
        this.retriever = retriever;
        this.index = index;
        this.embedder = embedder;
    }

    public BeirReport run(BeirDataset dataset, boolean measureRawModel) throws IOException {
        BeirReport report = new BeirReport();
        long embeddedBefore = embedder.embeddedCount();
        long started = System.nanoTime();
        List<io.newsdesk.domain.Article> articles = new ArrayList<>();
        reader.read(new java.io.StringReader(dataset.asImportNdjson()), "beir", articles::add);
        report.chunks = ingestion.index(articles, "beir");
        report.ingestSeconds = (System.nanoTime() - started) / 1e9;
        report.documents = articles.size();
        report.embedded = embedder.embeddedCount() - embeddedBefore;
        if (measureRawModel && report.embedded > 0) {
            List<TextSegment> texts = new ArrayList<>();
            for (var article : index.articles(0, Integer.MAX_VALUE)) {
                for (IndexedChunk chunk : index.chunksOf(article.id())) {
                    texts.add(TextSegment.from(Chunk.embeddingText(article.title(), chunk.chunk().text())));
                }
            }
            long rawStarted = System.nanoTime();
            embedder.model().embedAll(texts);
            report.rawSeconds = (System.nanoTime() - rawStarted) / 1e9;
            report.rawTexts = texts.size();
        }

        for (SearchMode mode : SearchMode.values()) {
            double[] sums = new double[3];
            long[] latencies = new long[dataset.queries().size()];
            int q = 0;
            for (var query : dataset.queries().entrySet()) {
                long t0 = System.nanoTime();
                List<String> docs = retriever.searchArticles(query.getValue(), DOCUMENTS, mode).stream()
                        .map(hit -> hit.article().id()).toList();
                latencies[q++] = System.nanoTime() - t0;
                Set<String> relevant = dataset.qrels().get(query.getKey());
                sums[0] += ndcg(docs, relevant, 10);
                sums[1] += recall(docs, relevant, 100);
                sums[2] += mrr(docs, relevant, 10);
            }
            int n = dataset.queries().size();
            Arrays.sort(latencies);
            report.modes.put(mode, new BeirReport.ModeScores(sums[0] / n, sums[1] / n, sums[2] / n,
                    latencies[n / 2] / 1e6, latencies[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6));
        }
        report.queries = dataset.queries().size();
        return report;
    }

    static double ndcg(List<String> ranked, Set<String> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / (Math.log(i + 2) / Math.log(2));
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / (Math.log(i + 2) / Math.log(2));
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    static double recall(List<String> ranked, Set<String> relevant, int k) {
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return relevant.isEmpty() ? 0 : (double) found / relevant.size();
    }

    static double mrr(List<String> ranked, Set<String> relevant, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** The figures of one run. */
    public static final class BeirReport {
        final Map<SearchMode, ModeScores> modes = new EnumMap<>(SearchMode.class);
        int documents;
        int chunks;
        long embedded;
        int queries;
        double ingestSeconds;
        double rawSeconds;
        int rawTexts;

        public ModeScores scores(SearchMode mode) {
            return modes.get(mode);
        }

        /** Scores and latency of one retrieval mode. */
        public record ModeScores(double ndcg10, double recall100, double mrr10, double p50Millis, double p99Millis) {
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("BEIR evaluation: %d documents, %d passages, %d queries%n", documents, chunks, queries));
            out.append(String.format("  ingestion: %.1f s, %.1f passages/s, %d texts embedded (rest from cache)%n",
                    ingestSeconds, chunks / ingestSeconds, embedded));
            if (rawTexts > 0 && embedded > 0) {
                double ingestRate = embedded / ingestSeconds;
                double rawRate = rawTexts / rawSeconds;
                out.append(String.format("  raw model on the same passages: %.1f s, %.1f texts/s; ingestion %.1f texts/s = %.1f%% of raw%n",
                        rawSeconds, rawRate, ingestRate, 100 * ingestRate / rawRate));
            }
            out.append(String.format("  %-8s %9s %11s %8s %9s %9s%n", "mode", "nDCG@10", "Recall@100", "MRR@10", "p50 ms", "p99 ms"));
            for (var entry : modes.entrySet()) {
                ModeScores s = entry.getValue();
                out.append(String.format("  %-8s %9.4f %11.4f %8.4f %9.2f %9.2f%n", entry.getKey().name().toLowerCase(),
                        s.ndcg10(), s.recall100(), s.mrr10(), s.p50Millis(), s.p99Millis()));
            }
            return out.toString();
        }
    }
}
