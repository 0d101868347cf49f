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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * bge-small-en-v1.5 (int8), from LangChain4j's Maven artifact, run in batches. LangChain4j's model runs
 * ONNX once per text, where per-call overhead dominates for short passages and sentences; here texts of
 * similar length are padded into one tensor and run together. Same model file, tokenizer and CLS pooling,
 * so vectors match LangChain4j's to float precision.
 */
public final class BatchedOnnxEmbeddingModel implements EmbeddingModel, AutoCloseable {

    private static final String MODEL = "/bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";
    private static final int DIMENSION = 384;
    private static final int MAX_TOKENS = 512;
    /** Padded tokens per batch: large enough to amortise a run, small enough to stay in cache. */
    private static final int TOKENS_PER_BATCH = 4096;
    private static final int MAX_BATCH = 64;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    /**
     * Batches: every core, threads spin between operators for throughput. Built on first use, because a
     * warm start (every vector cached) never needs it and building it costs a second of CPU.
     */
    private volatile OrtSession session;
    /** Single texts (questions): one thread that never spins, so concurrent questions do not starve each other. */
    private final OrtSession singleSession;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    public BatchedOnnxEmbeddingModel() {
        try (InputStream vocabulary = resource(TOKENIZER)) {
            OrtSession.SessionOptions single = new OrtSession.SessionOptions();
            single.setIntraOpNumThreads(1);
            single.addConfigEntry("session.intra_op.allow_spinning", "0");
            single.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.singleSession = environment.createSession(modelBytes(), single);
            this.tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false", "truncation", "false"));
            this.typeIds = singleSession.getInputNames().contains("token_type_ids");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model", e);
        }
    }

    private OrtSession bulkSession() {
        OrtSession bulk = session;
        if (bulk == null) {
            synchronized (this) {
                if (session == null) {
                    try {
                        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                        options.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
                        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                        session = environment.createSession(modelBytes(), options);
                    } catch (OrtException e) {
                        throw new IllegalStateException("cannot load the embedding model", e);
                    }
                }
                bulk = session;
            }
        }
        return bulk;
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

        float[][] vectors = new float[ids.length][];
        int start = 0;
        while (start < order.length) {
            int end = start + 1;
            while (end < order.length && end - start < MAX_BATCH
                    && (end - start + 1) * ids[order[end]].length <= TOKENS_PER_BATCH) {
                end++;
            }
            run(ids.length == 1 ? singleSession : bulkSession(), ids, Arrays.copyOfRange(order, start, end), vectors);
            start = end;
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

    /** Runs one padded batch and stores each text's CLS vector. */
    private void run(OrtSession session, long[][] ids, Integer[] batch, float[][] vectors) {
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
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                for (int b = 0; b < batch.length; b++) {
                    vectors[batch[b]] = hidden[b][0];
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed", e);
        }
    }

    @Override
    public void close() throws OrtException {
        if (session != null) {
            session.close();
        }
        singleSession.close();
        tokenizer.close();
    }
}
