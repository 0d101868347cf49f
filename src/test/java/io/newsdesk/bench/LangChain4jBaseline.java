package io.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import io.newsdesk.embed.BatchedOnnxEmbeddingModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pipeline a user would pick instead of Newsdesk, for {@code src/bench/efficiency.sh}: LangChain4j's
 * {@code EmbeddingStoreIngestor} with {@code DocumentSplitters.recursive(1000, 100)}, the same bge-small
 * int8 model and an {@code InMemoryEmbeddingStore}; and the same model's bare {@code embed} of questions.
 *
 * <pre>
 *   ingest &lt;corpus.jsonl&gt; &lt;n&gt;                   documents per second over the first n abstracts
 *   embed &lt;questions.txt&gt; &lt;threads&gt; &lt;seconds&gt;   questions embedded per second
 *   model-ingest &lt;corpus.jsonl&gt; &lt;n&gt;             the ceiling: the model alone on LangChain4j's own segments
 *   model-embed &lt;questions.txt&gt; &lt;threads&gt; &lt;seconds&gt;   the ceiling: the model alone, one question a call
 * </pre>
 * The two ceilings run the model with nothing around it, through Newsdesk's runner (length-sorted batches,
 * one single-threaded session run per core): no pipeline, LangChain4j's or Newsdesk's, can beat them on
 * this machine, so they bound the ratios the efficiency benchmark reports.
 */
public final class LangChain4jBaseline {

    private LangChain4jBaseline() {
    }

    public static void main(String[] args) throws Exception {
        boolean ceiling = args[0].startsWith("model-");
        EmbeddingModel model = ceiling ? new BatchedOnnxEmbeddingModel() : new BgeSmallEnV15QuantizedEmbeddingModel();
        model.embed("warm up the session"); // model load is not counted, as the service's is not
        switch (args[0]) {
            case "ingest" -> ingest(model, Path.of(args[1]), Integer.parseInt(args[2]));
            case "embed", "model-embed" -> embed(model, Files.readAllLines(Path.of(args[1])), Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]), ceiling ? "model alone" : "langchain4j");
            case "model-ingest" -> modelIngest(model, Path.of(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("ingest, embed, model-ingest or model-embed");
        }
    }

    private static List<Document> documents(Path corpus, int n) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Document> documents = new ArrayList<>();
        for (String line : Files.readAllLines(corpus)) {
            if (documents.size() == n) {
                break;
            }
            JsonNode row = json.readTree(line);
            documents.add(Document.from(row.path("title").asText("") + "\n" + row.path("text").asText("")));
        }
        return documents;
    }

    /** The same documents, split as LangChain4j's ingestor splits them, embedded with no store and no pipeline. */
    private static void modelIngest(EmbeddingModel model, Path corpus, int n) throws Exception {
        List<Document> documents = documents(corpus, n);
        List<TextSegment> segments = new ArrayList<>();
        for (Document document : documents) {
            segments.addAll(DocumentSplitters.recursive(1000, 100).split(document));
        }
        long started = System.nanoTime();
        long tokens = 0;
        for (int from = 0; from < segments.size(); from += 256) {
            var response = model.embedAll(segments.subList(from, Math.min(segments.size(), from + 256)));
            tokens += response.tokenUsage().inputTokenCount();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("model alone:        %d documents (%d segments, %d tokens) in %.1f s = %.2f documents/s, %.0f tokens/s%n",
                documents.size(), segments.size(), tokens, seconds, documents.size() / seconds, tokens / seconds);
    }

    private static void ingest(EmbeddingModel model, Path corpus, int n) throws Exception {
        List<Document> documents = documents(corpus, n);
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        EmbeddingStoreIngestor ingestor = EmbeddingStoreIngestor.builder().documentSplitter(DocumentSplitters.recursive(1000, 100))
                .embeddingModel(model).embeddingStore(store).build();
        long started = System.nanoTime();
        var result = ingestor.ingest(documents);
        double seconds = (System.nanoTime() - started) / 1e9;
        long tokens = result.tokenUsage() == null || result.tokenUsage().inputTokenCount() == null ? 0 : result.tokenUsage().inputTokenCount();
        System.err.printf("langchain4j model work: %d tokens = %.0f tokens/s%n", tokens, tokens / seconds);
        System.out.printf("langchain4j ingest: %d documents (%d tokens embedded) in %.1f s = %.2f documents/s%n", documents.size(),
                tokens, seconds, documents.size() / seconds);
    }

    private static void embed(EmbeddingModel model, List<String> questions, int threads, int seconds, String who) throws Exception {
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int offset = t;
            pool.execute(() -> {
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    model.embed(questions.get(i % questions.size()));
                    done.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        System.out.printf("%s embed: %d questions from %d threads in %d s = %.1f questions/s%n", who, done.get(), threads, seconds,
                done.get() / (double) seconds);
    }
}
