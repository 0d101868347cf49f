package io.newsdesk.bench;

import io.newsdesk.archive.ArchiveLoader;
import io.newsdesk.archive.LogArticleStore;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.newsdesk.embed.EmbeddingConfig;
import io.newsdesk.embed.EmbeddingModelProducer;
import io.newsdesk.embed.Embedder;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.index.MemoryCorpusIndex;
import io.newsdesk.domain.Article;
import io.newsdesk.ingest.ArticleSplitter;
import io.newsdesk.domain.Chunk;
import io.newsdesk.ingest.Chunker;
import io.newsdesk.ingest.IngestionService;
import io.newsdesk.index.IngestionState;
import io.newsdesk.ingest.NdjsonArticleReader;
import io.newsdesk.support.TestConfigs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cold ingestion of the seeds against the raw model on the very same texts, in one run.
 * Run with {@code ./mvnw -Pbench verify -Dbench=IngestBenchmark}; it prints figures, it asserts nothing.
 */
@Tag("benchmark")
class IngestBenchmark {

    @Test
    void cold_ingestion_throughput_against_the_raw_model() throws IOException {
        Path corpus = Path.of(System.getProperty("bench.corpus", "seeds"));
        ArticleSplitter splitter = new ArticleSplitter();
        Chunker chunker = new Chunker(40, 90, 150);
        List<String> texts = new ArrayList<>();
        for (Path file : Files.list(corpus).sorted().toList()) {
            for (Article article : splitter.split(file.getFileName().toString(), Files.readString(file))) {
                for (Chunk chunk : chunker.chunk(article)) {
                    texts.add(Chunk.embeddingText(article.title(), chunk.text()));
                    chunk.sentences().forEach(s -> texts.add(s.of(article.text())));
                }
            }
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        EmbeddingModel sequential = EmbeddingModelProducer.create(EmbeddingConfig.Execution.SEQUENTIAL);
        EmbeddingModel pooled = EmbeddingModelProducer.create(EmbeddingConfig.Execution.POOL);
        EmbeddingModel batched = EmbeddingModelProducer.create(EmbeddingConfig.Execution.BATCHED);
        sequential.embedAll(segments.subList(0, 32));
        pooled.embedAll(segments.subList(0, 32));
        batched.embedAll(segments.subList(0, 32));

        System.out.printf("%nIngest benchmark: %d texts (passages with titles, and sentences) from %s, %d cores%n",
                texts.size(), corpus, Runtime.getRuntime().availableProcessors());
        double rawSequential = raw("raw model, embedAll, one text at a time (ONNX uses all cores)", sequential, segments);
        double rawPooled = raw("raw model, embedAll on LangChain4j's default pool", pooled, segments);

        // Both sides warm up once, then alternate, so machine noise hits both alike; medians are compared.
        pipeline(corpus, splitter, chunker, batched);
        int rounds = Integer.getInteger("bench.rounds", 5);
        double[] raw = new double[rounds];
        double[] ingest = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            raw[round] = raw("raw model, batched ONNX runs (what ingestion uses)", batched, segments);
            ingest[round] = texts.size() / pipeline(corpus, splitter, chunker, batched);
        }
        Arrays.sort(raw);
        Arrays.sort(ingest);
        double rawMedian = raw[rounds / 2];
        double ingestMedian = ingest[rounds / 2];
        System.out.printf("  ratio of medians over %d rounds: ingestion / raw model = %.1f / %.1f texts/s = %.1f%%%n%n",
                rounds, ingestMedian, rawMedian, 100 * ingestMedian / rawMedian);
    }

    /** One cold ingestion (empty cache) through the service's start-up path; returns seconds. */
    private static double pipeline(Path corpus, ArticleSplitter splitter, Chunker chunker, EmbeddingModel model)
            throws IOException {
        Path cache = Files.createTempDirectory("bench-embeddings");
        TimedModel timed = new TimedModel(model);
        Embedder embedder = new Embedder(timed, TestConfigs.embeddings(cache));
        MemoryCorpusIndex index = new MemoryCorpusIndex(embedder.dimension(), 2f);
        IngestionService ingestion = new IngestionService(TestConfigs.corpus(corpus), splitter, chunker, embedder,
                index, TestConfigs.index());
        ArchiveLoader loader = new ArchiveLoader(TestConfigs.corpus(corpus),
                new LogArticleStore(Files.createTempDirectory("bench-data"), embedder.dimension()), ingestion, index,
                embedder, new IngestionState());
        long started = System.nanoTime();
        loader.load();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  %-62s %7.2f s (%.2f s of it inside the model)%n",
                "Newsdesk cold ingestion (split, chunk, embed, index, cache)", seconds, timed.nanos / 1e9);
        return seconds;
    }

    /** The model, timing the calls that reach it. */
    private static final class TimedModel implements EmbeddingModel {
        private final EmbeddingModel delegate;
        private long nanos;

        TimedModel(EmbeddingModel delegate) {
            this.delegate = delegate;
        }

        @Override
        public Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(List<TextSegment> segments) {
            long started = System.nanoTime();
            try {
                return delegate.embedAll(segments);
            } finally {
                nanos += System.nanoTime() - started;
            }
        }

        @Override
        public int dimension() {
            return delegate.dimension();
        }
    }

    private static double raw(String label, EmbeddingModel model, List<TextSegment> segments) {
        long started = System.nanoTime();
        Response<?> response = model.embedAll(segments);
        double seconds = (System.nanoTime() - started) / 1e9;
        int tokens = response.tokenUsage() == null ? 0 : response.tokenUsage().inputTokenCount();
        System.out.printf("  %-62s %7.2f s %8.1f texts/s %8.0f tokens/s%n", label, seconds, segments.size() / seconds,
                tokens / seconds);
        return segments.size() / seconds;
    }
}
