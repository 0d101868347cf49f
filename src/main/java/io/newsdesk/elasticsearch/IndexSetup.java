package io.newsdesk.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Creates the indices (passages, articles, the audit trail) with their explicit mappings ({@code elasticsearch/*.json}) when their aliases
 * are missing. Instances starting together may race: the loser's "already exists" is success.
 */
final class IndexSetup {

    private static final Logger LOG = Logger.getLogger(IndexSetup.class);

    private IndexSetup() {
    }

    static void ensure(ElasticsearchClient client, IndexNames names, ElasticsearchConfig config, int dimension)
            throws IOException {
        create(client, names.passages(), names.versioned(names.passages()), "passages.json", config, dimension);
        create(client, names.articles(), names.versioned(names.articles()), "articles.json", config, dimension);
        create(client, names.audit(), names.audit() + "-v1", "audit.json", config, dimension);
        // another instance may have just created them: wait until their primaries can serve
        client.cluster().health(h -> h.index(names.passages(), names.articles())
                .waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Yellow).timeout(t -> t.time("30s")));
    }

    private static void create(ElasticsearchClient client, String alias, String index, String mapping,
                               ElasticsearchConfig config, int dimension) throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            return;
        }
        String json = resource(mapping).replace("${shards}", Integer.toString(config.shards()))
                .replace("${replicas}", Integer.toString(config.replicas()))
                .replace("${dims}", Integer.toString(dimension));
        try {
            client.indices().create(c -> c.withJson(new StringReader(json)).index(index).aliases(alias, a -> a.isWriteIndex(true)));
            LOG.infof("Created Elasticsearch index %s (alias %s)", index, alias);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = IndexSetup.class.getResourceAsStream("/elasticsearch/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing mapping elasticsearch/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
