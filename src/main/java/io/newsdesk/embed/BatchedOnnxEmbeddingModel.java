package io.newsdesk.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import io.newsdesk.concurrent.DaemonThreads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * bge-small-en-v1.5 (int8), from LangChain4j's Maven artifact, run in small batches on every core at once.
 * Texts are sorted by length and texts of similar length padded into one tensor, a few hundred tokens per
 * run, so short sentences share a run's overhead and padding stays small; the runs are spread over one
 * single-threaded ONNX session per core's worth of callers. On 2 cores that embeds passages about a quarter
 * faster than one run at a time on a two-thread session, which waits on its threads at every operator.
 * Same model file, tokenizer and CLS pooling as LangChain4j, so vectors match its to float precision.
 */
public final class BatchedOnnxEmbeddingModel implements EmbeddingModel, AutoCloseable {

    private static final String MODEL = "/bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";
    private static final int DIMENSION = 384;
    private static final int MAX_TOKENS = 512;
    /** Padded tokens per run: a few sentences share a run; a passage mostly runs alone. */
    private static final int TOKENS_PER_BATCH = 512;
    private static final int MAX_BATCH = 32;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    /**
     * One thread per run, never spinning: runs in parallel (batches of an import, concurrent questions)
     * each keep a core busy instead of waiting on each other. ONNX Runtime sessions are safe to run concurrently.
     */
    private final OrtSession session;
    private final ExecutorService runners;
    private final int parallelism = Runtime.getRuntime().availableProcessors();
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    public BatchedOnnxEmbeddingModel() {
        try (InputStream vocabulary = resource(TOKENIZER)) {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = environment.createSession(modelBytes(), options);
            this.tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false", "truncation", "false"));
            this.typeIds = session.getInputNames().contains("token_type_ids");
            this.runners = Executors.newFixedThreadPool(parallelism, DaemonThreads.named("newsdesk-embedding"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model", e);
        }
    }

    private static byte[] modelBytes() {
        try (InputStream model = resource(MODEL)) {
            return model.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BgeSmallEnV15QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath");
        }
        return in;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        long[][] ids = new long[segments.size()][];
        int tokens = 0;
        for (int i = 0; i < segments.size(); i++) {
            ids[i] = truncate(tokenizer.encode(segments.get(i).text(), true, false));
            tokens += ids[i].length;
        }
        Integer[] order = new Integer[ids.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> ids[i].length));

        List<Integer[]> batches = new ArrayList<>();
        int start = 0;
        while (start < order.length) {
            int end = start + 1;
            while (end < order.length && end - start < MAX_BATCH
                    && (end - start + 1) * ids[order[end]].length <= TOKENS_PER_BATCH) {
                end++;
            }
            batches.add(Arrays.copyOfRange(order, start, end));
            start = end;
        }
        float[][] vectors = new float[ids.length][];
        if (batches.size() == 1) {
            run(ids, batches.get(0), vectors);
        } else {
            runInParallel(ids, batches, vectors);
        }
        List<Embedding> embeddings = new ArrayList<>(vectors.length);
        for (float[] vector : vectors) {
            embeddings.add(Embedding.from(Vectors.normalize(vector)));
        }
        return Response.from(embeddings, new TokenUsage(tokens));
    }

    private static long[] truncate(Encoding encoding) {
        long[] ids = encoding.getIds();
        if (ids.length <= MAX_TOKENS) {
            return ids;
        }
        long[] kept = Arrays.copyOf(ids, MAX_TOKENS);
        kept[MAX_TOKENS - 1] = ids[ids.length - 1]; // keep the closing [SEP]
        return kept;
    }

    /**
     * Runs the batches on every core, each worker taking the next batch as it finishes one; longest first,
     * so that the last runs, when a core may wait for the other, are the shortest.
     */
    private void runInParallel(long[][] ids, List<Integer[]> batches, float[][] vectors) {
        AtomicInteger next = new AtomicInteger(batches.size());
        Runnable worker = () -> {
            for (int b = next.decrementAndGet(); b >= 0; b = next.decrementAndGet()) {
                run(ids, batches.get(b), vectors);
            }
        };
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(parallelism, batches.size()); w++) {
            workers.add(runners.submit(worker));
        }
        try {
            for (Future<?> future : workers) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** Runs one padded batch and stores each text's CLS vector. */
    private void run(long[][] ids, Integer[] batch, float[][] vectors) {
        int length = ids[batch[batch.length - 1]].length;
        long[] input = new long[batch.length * length];
        long[] mask = new long[batch.length * length];
        for (int b = 0; b < batch.length; b++) {
            long[] text = ids[batch[b]];
            System.arraycopy(text, 0, input, b * length, text.length);
            Arrays.fill(mask, b * length, b * length + text.length, 1L);
        }
        long[] shape = {batch.length, length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(input), shape);
             OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[input.length]), shape)) {
            Map<String, OnnxTensor> inputs = typeIds
                    ? Map.of("input_ids", inputIds, "attention_mask", attention, "token_type_ids", types)
                    : Map.of("input_ids", inputIds, "attention_mask", attention);
            try (OrtSession.Result result = session.run(inputs)) {
                // Only each text's first token (CLS) is needed: read it from the buffer, not the whole [batch][length][384] array.
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                for (int b = 0; b < batch.length; b++) {
                    float[] cls = new float[DIMENSION];
                    hidden.get(b * length * DIMENSION, cls);
                    vectors[batch[b]] = cls;
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed", e);
        }
    }

    @Override
    public void close() throws OrtException {
        runners.shutdownNow();
        session.close();
        tokenizer.close();
    }
}
