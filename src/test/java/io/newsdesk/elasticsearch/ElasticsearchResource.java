package io.newsdesk.elasticsearch;

import io.newsdesk.support.ElasticsearchNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * One real single-node Elasticsearch for the {@code @QuarkusTest}s that select the Elasticsearch store;
 * each test class gets indices of its own.
 */
public class ElasticsearchResource implements QuarkusTestResourceLifecycleManager {

    private static ElasticsearchNode node;

    static synchronized ElasticsearchNode node() throws Exception {
        if (node == null) {
            Path home = ElasticsearchNode.workDir("quarkus-tests-" + UUID.randomUUID());
            node = ElasticsearchNode.single(home).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    node.close();
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        return node;
    }

    @Override
    public Map<String, String> start() {
        try {
            return Map.of("newsdesk.store", "elasticsearch",
                    "quarkus.elasticsearch.hosts", node().host(),
                    "newsdesk.elasticsearch.index", "it-" + UUID.randomUUID().toString().substring(0, 8),
                    "newsdesk.elasticsearch.replicas", "0");
        } catch (Exception e) {
            throw new IllegalStateException("could not start Elasticsearch", e);
        }
    }

    @Override
    public void stop() {
        // the node serves every test class of this JVM; a shutdown hook stops it
    }
}
