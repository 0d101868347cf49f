package io.newsdesk.ingest;

import io.newsdesk.concurrent.DaemonThreads;
import io.newsdesk.embed.Embedder;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.index.IndexConfig;
import org.jboss.logging.Logger;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Cleans, chunks, embeds and indexes articles: the seed folder and an optional {@code .jsonl} file at
 * start-up (in the background, while readiness reports DOWN), and bulk imports later.
 */
@ApplicationScoped
public class IngestionService {

    private static final Logger LOG = Logger.getLogger(IngestionService.class);

    private final CorpusConfig config;
    private final ArticleSplitter splitter;
    private final Chunker chunker;
    private final Embedder embedder;
    private final CorpusIndex index;
    private final NdjsonArticleReader ndjson;
    private final IngestionState state;
    private final boolean sentenceVectors;
    /** Cache keys of each indexed article's passages: what the embeddings cache must keep. */
    private final Map<String, List<String>> liveKeys = new ConcurrentHashMap<>();

    public IngestionService(CorpusConfig config, ArticleSplitter splitter, Chunker chunker, Embedder embedder,
                            CorpusIndex index, NdjsonArticleReader ndjson, IngestionState state, IndexConfig indexConfig) {
        this.config = config;
        this.splitter = splitter;
        this.chunker = chunker;
        this.embedder = embedder;
        this.index = index;
        this.ndjson = ndjson;
        this.state = state;
        this.sentenceVectors = indexConfig.sentenceVectors();
    }

    void onStart(@Observes StartupEvent event) {
        DaemonThreads.start("newsdesk-ingest", this::ingestAtStartup);
    }

    /** Indexes the corpus folder and the optional import file, then reports ready. */
    public void ingestAtStartup() {
        try {
            long started = System.nanoTime();
            List<Article> articles = readCorpusFolder(Path.of(config.path()));
            int chunks = index(articles, "corpus");
            if (config.importFile().isPresent()) {
                Path file = Path.of(config.importFile().get());
                int lines;
                try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
                    lines = (int) all.filter(line -> !line.isBlank()).count();
                }
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    ImportResult result = importNdjson(reader, file.getFileName().toString(), lines);
                    chunks += result.chunks();
                    result.errors().forEach(e -> LOG.warnf("Import %s line %d skipped: %s", file, e.line(), e.message()));
                }
            }
            embedder.persist(allLiveKeys());
            embedder.model(); // questions need the model: ready means it is loaded too
            LOG.infof("Corpus ready: %d articles, %d chunks in %d ms (%d embedded, the rest from cache)",
                    index.articleCount(), chunks, (System.nanoTime() - started) / 1_000_000, embedder.embeddedCount());
            state.ready(index.articleCount());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Ingestion failed");
            state.failed(e.getMessage());
        }
    }

    /** Reads and splits every regular file of a folder, in name order. */
    public List<Article> readCorpusFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            LOG.warnf("Corpus folder %s does not exist; starting with no articles", folder.toAbsolutePath());
            return List.of();
        }
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                articles.addAll(splitter.split(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return articles;
    }

    /** Imports newline-delimited JSON articles; bad lines are reported and skipped. */
    public ImportResult importNdjson(String ndjson, String source) throws IOException {
        int lines = (int) ndjson.lines().filter(line -> !line.isBlank()).count();
        return importNdjson(new java.io.StringReader(ndjson), source, lines);
    }

    /**
     * Imports newline-delimited JSON articles, in batches, logging progress against {@code expected}
     * articles (for the ETA; 0 when unknown). An id already indexed is replaced.
     */
    public ImportResult importNdjson(Reader input, String source, int expected) throws IOException {
        IngestionProgress progress = new IngestionProgress(source, expected);
        List<Article> batch = new ArrayList<>();
        int[] totals = new int[3]; // imported, replaced, chunks
        Set<String> seen = new HashSet<>();
        var errors = ndjson.read(input, source, article -> {
            if (!seen.add(article.id()) || index.article(article.id()).isPresent()) {
                totals[1]++;
            }
            batch.add(article);
            if (batch.size() >= config.batchSize()) {
                totals[2] += index(List.copyOf(batch), progress);
                totals[0] += batch.size();
                batch.clear();
            }
        });
        totals[2] += index(batch, progress);
        totals[0] += batch.size();
        progress.done();
        embedder.persist(allLiveKeys());
        return new ImportResult(totals[0], totals[1], totals[2], errors);
    }

    /** Chunks, embeds (through the cache) and indexes articles; returns the number of passages. */
    private int index(List<Article> articles, String what) {
        IngestionProgress progress = new IngestionProgress(what, articles.size());
        int chunks = index(articles, progress);
        progress.done();
        return chunks;
    }

    /**
     * Embeds batches on this thread and indexes each on another while the next one embeds, so indexing
     * (Lucene analysis, term sets) overlaps the model instead of adding to it.
     */
    private int index(List<Article> articles, IngestionProgress progress) {
        if (articles.isEmpty()) {
            return 0;
        }
        ExecutorService indexer = Executors.newSingleThreadExecutor(DaemonThreads.named("newsdesk-indexer"));
        try {
            Future<?> indexing = CompletableFuture.completedFuture(null);
            List<Article> pendingArticles = new ArrayList<>();
            List<List<Chunk>> pendingChunks = new ArrayList<>();
            int pendingCount = 0;
            int total = 0;
            for (int a = 0; a < articles.size(); a++) {
                Article article = articles.get(a);
                List<Chunk> chunks = chunker.chunk(article);
                pendingArticles.add(article);
                pendingChunks.add(chunks);
                pendingCount += chunks.size();
                total += chunks.size();
                if (pendingCount >= config.batchSize() || a == articles.size() - 1) {
                    Batch batch = embed(List.copyOf(pendingArticles), List.copyOf(pendingChunks));
                    await(indexing);
                    indexing = indexer.submit(() -> put(batch, progress));
                    pendingArticles.clear();
                    pendingChunks.clear();
                    pendingCount = 0;
                }
            }
            await(indexing);
            index.refresh();
            return total;
        } finally {
            indexer.shutdown();
        }
    }

    private static void await(Future<?> indexing) {
        try {
            indexing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Embeds a batch: each passage with its title, and each of its sentences on its own (which lets answers
     * pick the sentence that matches a paraphrased question).
     */
    private Batch embed(List<Article> articles, List<List<Chunk>> chunksOf) {
        List<String> texts = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            for (Chunk chunk : chunksOf.get(a)) {
                texts.add(Chunk.embeddingText(article.title(), chunk.text()));
                if (sentenceVectors) {
                    chunk.sentences().forEach(sentence -> texts.add(sentence.of(article.text())));
                }
            }
        }
        return new Batch(articles, chunksOf, texts, embedder.embedAll(texts));
    }

    /** Puts an embedded batch in the index. */
    private void put(Batch batch, IngestionProgress progress) {
        int next = 0;
        int passages = 0;
        for (int a = 0; a < batch.articles().size(); a++) {
            List<Chunk> chunks = batch.chunks().get(a);
            float[][] chunkVectors = new float[chunks.size()][];
            float[][][] sentenceVectors = new float[chunks.size()][][];
            int first = next;
            for (int c = 0; c < chunks.size(); c++) {
                chunkVectors[c] = batch.vectors()[next++];
                if (this.sentenceVectors) {
                    sentenceVectors[c] = java.util.Arrays.copyOfRange(batch.vectors(), next, next + chunks.get(c).sentences().size());
                    next += chunks.get(c).sentences().size();
                }
            }
            Article article = batch.articles().get(a);
            index.put(article, chunks, chunkVectors, sentenceVectors);
            liveKeys.put(article.id(), batch.texts().subList(first, next).stream().map(embedder::cacheKey).toList());
            passages += chunks.size();
        }
        progress.advance(batch.articles().size(), passages, batch.texts().size());
    }

    /** Articles, their passages, the texts embedded for them and the vectors, in order. */
    private record Batch(List<Article> articles, List<List<Chunk>> chunks, List<String> texts, float[][] vectors) {
    }

    private Set<String> allLiveKeys() {
        Set<String> keys = new HashSet<>();
        liveKeys.values().forEach(keys::addAll);
        return keys;
    }
}
