package io.newsdesk.eval;

import io.newsdesk.embed.Embedder;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.index.IndexConfig;
import io.newsdesk.index.MemoryCorpusIndex;
import io.newsdesk.ingest.ArticleSplitter;
import io.newsdesk.ingest.Chunker;
import io.newsdesk.ingest.CorpusConfig;
import io.newsdesk.ingest.IngestionService;
import io.newsdesk.ingest.NdjsonArticleReader;
import io.newsdesk.retrieve.RetrievalConfig;
import io.newsdesk.retrieve.Retriever;
import io.newsdesk.retrieve.SearchMode;
import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;

/**
 * SciFact on both stores in one run: the service runs on Elasticsearch (a real node), and beside it the
 * same pipeline (same embedder, chunker and retrieval settings) on a memory store. The memory store
 * imports first, with the model; Elasticsearch then imports the same passages with their vectors from the
 * embeddings cache, and the memory store once more the same way, so "indexing only" compares the stores
 * and not the model. Prints figures; asserts nothing. {@code ./mvnw -Pstores verify} or src/bench/store-bench.sh.
 */
@QuarkusTest
@TestProfile(EvalOnElasticsearchProfile.class)
@Tag("stores")
class StoreComparisonHarness {

    @Inject
    BeirEvaluation elasticsearch;
    @Inject
    CorpusIndex elasticsearchIndex;
    @Inject
    Embedder embedder;
    @Inject
    IndexConfig indexConfig;
    @Inject
    RetrievalConfig retrievalConfig;
    @Inject
    CorpusConfig corpusConfig;
    @Inject
    Chunker chunker;
    @Inject
    ArticleSplitter splitter;
    @Inject
    NdjsonArticleReader reader;

    @Test
    void scifact_on_both_stores() throws Exception {
        Ready.await();
        Path folder = BeirDataset.configuredFolder();
        BeirDataset dataset = BeirDataset.load(folder);

        BeirEvaluation.BeirReport memoryCold = memory().run(dataset, false);
        BeirEvaluation.BeirReport onElasticsearch = elasticsearch.run(dataset, false);
        BeirEvaluation.BeirReport memoryWarm = memory().run(dataset, false);

        StringBuilder out = new StringBuilder("\n" + folder + ": " + dataset.queries().size() + " queries, "
                + memoryCold.documents + " documents, " + memoryCold.chunks + " passages (Elasticsearch: "
                + elasticsearchIndex.chunkCount() + ")\n");
        out.append(String.format(Locale.ROOT, "import with the model (memory): %.1f s, %d texts embedded%n",
                memoryCold.ingestSeconds, memoryCold.embedded));
        out.append(String.format(Locale.ROOT, "indexing only, vectors cached: memory %.1f s, Elasticsearch %.1f s (%d and %d texts embedded)%n",
                memoryWarm.ingestSeconds, onElasticsearch.ingestSeconds, memoryWarm.embedded, onElasticsearch.embedded));
        out.append(String.format(Locale.ROOT, "%-8s  %-22s  %-22s  %-26s%n", "mode", "nDCG@10 mem / es", "Recall@100 mem / es",
                "search p50 / p99 ms mem | es"));
        for (SearchMode mode : SearchMode.values()) {
            var m = memoryWarm.scores(mode);
            var e = onElasticsearch.scores(mode);
            out.append(String.format(Locale.ROOT, "%-8s  %.4f / %.4f (%+.4f)  %.4f / %.4f          %5.1f / %5.1f | %5.1f / %5.1f%n",
                    mode.name().toLowerCase(Locale.ROOT), m.ndcg10(), e.ndcg10(), e.ndcg10() - m.ndcg10(),
                    m.recall100(), e.recall100(), m.p50Millis(), m.p99Millis(), e.p50Millis(), e.p99Millis()));
        }
        System.out.println(out);
    }

    /** The same pipeline on a fresh memory store. */
    private BeirEvaluation memory() {
        MemoryCorpusIndex index = new MemoryCorpusIndex(embedder.dimension(), indexConfig.titleBoost(), indexConfig.articleWeight());
        IngestionService ingestion = new IngestionService(corpusConfig, splitter, chunker, embedder, index, indexConfig);
        return new BeirEvaluation(ingestion, new Retriever(embedder, index, retrievalConfig), index, embedder, reader);
    }
}
