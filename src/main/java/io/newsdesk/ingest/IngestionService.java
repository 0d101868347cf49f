package io.newsdesk.ingest;

import io.newsdesk.domain.Chunk;
import io.newsdesk.domain.Article;
import io.newsdesk.concurrent.DaemonThreads;
import io.newsdesk.embed.Embedder;
import io.newsdesk.index.ArticleVectors;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.index.IndexConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The ingestion pipeline: reads and splits scraped files, chunks articles, embeds the passages (through the
 * embeddings cache) and puts them in the index. Where the articles come from, and whether they are stored,
 * is the caller's business: each embedded batch goes to an optional {@code beforeIndex} step first.
 */
@ApplicationScoped
public class IngestionService {

    private static final Logger LOG = Logger.getLogger(IngestionService.class);

    private final CorpusConfig config;
    private final ArticleSplitter splitter;
    private final Chunker chunker;
    private final Embedder embedder;
    private final CorpusIndex index;
    private final boolean sentenceVectors;
    /** Serialises "store, then index" so that the store and the index see writes in the same order. */
    private final Object writes = new Object();
    /** Cache keys of the corpus folder's passages: what the embeddings cache file must keep. */
    private final Map<String, List<String>> liveKeys = new ConcurrentHashMap<>();

    public IngestionService(CorpusConfig config, ArticleSplitter splitter, Chunker chunker, Embedder embedder,
                            CorpusIndex index, IndexConfig indexConfig) {
        this.config = config;
        this.splitter = splitter;
        this.chunker = chunker;
        this.embedder = embedder;
        this.index = index;
        this.sentenceVectors = indexConfig.sentenceVectors().atIngestion();
    }

    /** Reads and splits every regular file of a folder, in name order. */
    public List<Article> readCorpusFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            LOG.warnf("Corpus folder %s does not exist; starting with no articles", folder.toAbsolutePath());
            return List.of();
        }
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(IngestionService::isCorpusFile).sorted().toList()) {
                try {
                    articles.addAll(readCorpusFile(file));
                } catch (IOException e) {
                    LOG.warnf("Corpus folder: could not read %s, skipped: %s", file.getFileName(), e.getMessage());
                }
            }
        }
        return articles;
    }

    /**
     * The articles of one scraped file of the corpus folder; their source is the file's name. A binary file, or
     * one over {@code max-file-bytes}, has none; see {@link CorpusText} for how text is decoded.
     */
    public List<Article> readCorpusFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > config.maxFileBytes()) {
            LOG.warnf("Corpus folder: %s is %d bytes, over newsdesk.corpus.max-file-bytes (%d), skipped", name, size,
                    config.maxFileBytes());
            return List.of();
        }
        Optional<String> text = CorpusText.decode(Files.readAllBytes(file));
        if (text.isEmpty()) {
            LOG.warnf("Corpus folder: %s is not a text file, skipped", name);
            return List.of();
        }
        String desk = config.desk();
        return splitter.split(name, text.get()).stream().map(article -> article.withDesk(desk)).toList();
    }

    /** Whether a path of the corpus folder holds articles (hidden and temporary files do not). */
    public static boolean isCorpusFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && !name.startsWith(".") && !name.endsWith("~") && !name.endsWith(".tmp");
    }

    /** Indexes articles of the corpus folder; their vectors are kept in the embeddings cache. */
    public int index(List<Article> articles, String what) {
        IngestionProgress progress = new IngestionProgress(what, articles.size());
        int chunks = index(articles, progress, null, true);
        progress.done();
        return chunks;
    }

    /**
     * Indexes articles, handing each embedded batch to {@code beforeIndex} (which stores it) before the
     * index sees it. Their vectors are not added to the embeddings cache: whoever stores them keeps them.
     */
    public int index(List<Article> articles, String what, Consumer<List<EmbeddedArticle>> beforeIndex) {
        IngestionProgress progress = new IngestionProgress(what, articles.size());
        int chunks = index(articles, progress, beforeIndex, false);
        progress.done();
        return chunks;
    }

    /** Puts articles whose vectors are known in the index, with no model call. */
    public void indexEmbedded(List<EmbeddedArticle> articles) {
        synchronized (writes) {
            put(articles);
        }
        index.refresh();
    }

    /** Removes an article after {@code beforeRemove} (which records it) has run; false if it was not indexed. */
    public boolean remove(String articleId, Runnable beforeRemove) {
        synchronized (writes) {
            if (index.article(articleId).isEmpty()) {
                return false;
            }
            beforeRemove.run();
            index.remove(articleId);
            liveKeys.remove(articleId);
        }
        index.refresh();
        return true;
    }

    /** The article's passages with the given vectors (indexing order), or null when they do not fit. */
    public EmbeddedArticle withVectors(Article article, float[][] vectors) {
        return EmbeddedArticle.of(article, chunker.chunk(article), vectors, sentenceVectors, embedder.dimension());
    }

    /** Writes the embeddings cache, keeping at least the corpus folder's vectors. */
    public void persistCache() {
        Set<String> keys = new HashSet<>();
        liveKeys.values().forEach(keys::addAll);
        embedder.persist(keys);
    }

    /**
     * Embeds batches on this thread and indexes each on another while the next one embeds, so indexing
     * (Lucene analysis, term sets) overlaps the model instead of adding to it.
     */
    private int index(List<Article> articles, IngestionProgress progress, Consumer<List<EmbeddedArticle>> beforeIndex,
                      boolean cache) {
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
                    Batch batch = embed(List.copyOf(pendingArticles), List.copyOf(pendingChunks), cache);
                    await(indexing);
                    indexing = indexer.submit(() -> put(batch, progress, beforeIndex, cache));
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
    private Batch embed(List<Article> articles, List<List<Chunk>> chunksOf, boolean cache) {
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
        float[][] vectors = embedder.embedAll(texts, cache);
        List<EmbeddedArticle> embedded = new ArrayList<>(articles.size());
        int next = 0;
        for (int a = 0; a < articles.size(); a++) {
            List<Chunk> chunks = chunksOf.get(a);
            int count = chunks.size() + (sentenceVectors ? chunks.stream().mapToInt(c -> c.sentences().size()).sum() : 0);
            embedded.add(EmbeddedArticle.of(articles.get(a), chunks, java.util.Arrays.copyOfRange(vectors, next, next + count),
                    sentenceVectors, embedder.dimension()));
            next += count;
        }
        return new Batch(embedded, texts);
    }

    /** Stores (through {@code beforeIndex}) and indexes an embedded batch. */
    private void put(Batch batch, IngestionProgress progress, Consumer<List<EmbeddedArticle>> beforeIndex, boolean cache) {
        int passages = 0;
        int first = 0;
        synchronized (writes) {
            if (beforeIndex != null) {
                beforeIndex.accept(batch.articles());
            }
            put(batch.articles());
            for (EmbeddedArticle article : batch.articles()) {
                int texts = article.vectorCount();
                if (cache) {
                    liveKeys.put(article.article().id(),
                            batch.texts().subList(first, first + texts).stream().map(embedder::cacheKey).toList());
                } else {
                    liveKeys.remove(article.article().id());
                }
                first += texts;
                passages += article.chunks().size();
            }
        }
        progress.advance(batch.articles().size(), passages, batch.texts().size());
    }

    private void put(List<EmbeddedArticle> articles) {
        index.putAll(articles.stream().map(a -> new ArticleVectors(a.article(), a.chunks(), a.chunkVectors(),
                a.sentenceVectors())).toList());
    }

    /** Embedded articles and the texts embedded for them, in order. */
    private record Batch(List<EmbeddedArticle> articles, List<String> texts) {
    }
}
