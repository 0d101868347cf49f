package io.newsdesk.eval;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The service with no seed corpus, an empty archive of its own (what other tests added stays out of the
 * evaluated index) and its own embeddings cache, for benchmark datasets.
 */
public class EvalProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new java.util.HashMap<>(Map.of(
                "newsdesk.corpus.path", "target/no-seed-corpus",
                "%test.newsdesk.data.path", "${test.newsdesk.data:target/test-data/default}/eval",
                "newsdesk.embeddings.path", System.getProperty("eval.cache", "target/eval-embeddings"),
                "newsdesk.index.sentence-vectors", "off"));
        // -Dnewsdesk.retrieval.fusion=convex and the like reach the service under evaluation
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("newsdesk."))
                .forEach(name -> overrides.put(name, System.getProperty(name)));
        return overrides;
    }
}
