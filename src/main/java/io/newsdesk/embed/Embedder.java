package io.newsdesk.embed;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.newsdesk.concurrent.DaemonThreads;
import org.jboss.logging.Logger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns text into unit-length vectors with the in-process model, reusing cached vectors: unchanged
 * text is never embedded twice, across restarts too.
 */
@ApplicationScoped
public class Embedder {

    private static final Logger LOG = Logger.getLogger(Embedder.class);

    /** Loads in the background: a warm start indexes from the cache while the ONNX session is built. */
    private final CompletableFuture<EmbeddingModel> model;
    private final EmbeddingCache cache;
    private final String queryPrefix;
    private final int maxEntries;
    private final AtomicLong embedded = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();

    @Inject
    public Embedder(Provider<EmbeddingModel> models, EmbeddingConfig config) {
        this(CompletableFuture.supplyAsync(models::get, task -> DaemonThreads.start("newsdesk-model-load", task)), config);
    }

    public Embedder(EmbeddingModel model, EmbeddingConfig config) {
        this(CompletableFuture.completedFuture(model), config);
    }

    private Embedder(CompletableFuture<EmbeddingModel> model, EmbeddingConfig config) {
        this.model = model;
        this.queryPrefix = config.queryPrefix().orElse("");
        this.maxEntries = config.maxEntries();
        this.cache = new EmbeddingCache(Path.of(config.path()), EmbeddingModelProducer.MODEL_ID,
                EmbeddingModelProducer.DIMENSION);
        int loaded = cache.load();
        LOG.infof("Embeddings cache: %d vectors loaded from %s", loaded, config.path());
    }

    public int dimension() {
        return EmbeddingModelProducer.DIMENSION;
    }

    /** Blocks until the model is loaded; a model of the wrong size is a broken build, reported here. */
    public EmbeddingModel model() {
        EmbeddingModel loaded = model.join();
        if (loaded.dimension() != EmbeddingModelProducer.DIMENSION) {
            throw new IllegalStateException("expected a " + EmbeddingModelProducer.DIMENSION + "-dimension model");
        }
        return loaded;
    }

    /** Vectors for {@code texts}, in order; only cache misses reach the model, and their vectors are cached. */
    public float[][] embedAll(List<String> texts) {
        return embedAll(texts, true);
    }

    /**
     * Vectors for {@code texts}, in order; only cache misses reach the model. With {@code remember} false, new
     * vectors are not added to the cache (their caller stores them itself).
     */
    public float[][] embedAll(List<String> texts, boolean remember) {
        float[][] vectors = new float[texts.size()][];
        List<Integer> missing = new ArrayList<>();
        List<String> keys = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            if (nothingToEmbed(texts.get(i))) { // neither cached nor counted
                vectors[i] = new float[dimension()];
                keys.add(null);
                continue;
            }
            String key = cache.key(texts.get(i));
            keys.add(key);
            vectors[i] = cache.get(key);
            if (vectors[i] == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            float[][] fresh = fromModel(missing.stream().map(texts::get).toList(), true);
            for (int j = 0; j < missing.size(); j++) {
                int i = missing.get(j);
                vectors[i] = fresh[j];
                if (remember) {
                    cache.put(keys.get(i), vectors[i]);
                }
            }
            embedded.addAndGet(missing.size());
        }
        return vectors;
    }

    /** A question's vector; questions are not cached. */
    public float[] embedQuery(String question) {
        if (nothingToEmbed(question)) {
            return new float[dimension()];
        }
        return Vectors.normalize(model().embed(queryPrefix + question).content().vector());
    }

    /** Vectors for short texts that are not worth caching (sentences of a generated answer), in one batch. */
    public List<float[]> embedQueries(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(fromModel(texts, false));
    }

    /**
     * Unit vectors from the model, in order, in one batch; a text the model sees as empty gets the zero vector.
     * With {@code counted}, the tokens are added to {@link #embeddedTokens()}.
     */
    private float[][] fromModel(List<String> texts, boolean counted) {
        float[][] vectors = new float[texts.size()][];
        List<Integer> real = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (nothingToEmbed(texts.get(i))) {
                vectors[i] = new float[dimension()];
            } else {
                real.add(i);
            }
        }
        if (!real.isEmpty()) {
            var response = model().embedAll(real.stream().map(i -> TextSegment.from(texts.get(i))).toList());
            if (counted && response.tokenUsage() != null && response.tokenUsage().inputTokenCount() != null) {
                tokens.addAndGet(response.tokenUsage().inputTokenCount());
            }
            for (int j = 0; j < real.size(); j++) {
                vectors[real.get(j)] = Vectors.normalize(response.content().get(j).vector());
            }
        }
        return vectors;
    }

    /**
     * Whether a text is empty to the model: only whitespace or control characters (which LangChain4j trims away
     * and then refuses). Such a text, say a sentence of an article archived before input was cleaned, gets the
     * zero vector, which is close to nothing, instead of failing every question that retrieves it.
     */
    static boolean nothingToEmbed(String text) {
        return text == null || text.trim().isEmpty() || text.strip().isEmpty();
    }

    public String cacheKey(String text) {
        return cache.key(text);
    }

    /** How many texts reached the model since start-up. */
    public long embeddedCount() {
        return embedded.get();
    }

    /** How many tokens of cached texts (passages, sentences) reached the model since start-up. */
    public long embeddedTokens() {
        return tokens.get();
    }

    /** Persists the cache; past its size limit, only the vectors of {@code liveKeys} are kept. */
    public void persist(Set<String> liveKeys) {
        try {
            cache.save(liveKeys, maxEntries);
        } catch (IOException e) {
            LOG.warnf("Could not write the embeddings cache: %s", e.getMessage());
        }
    }
}
