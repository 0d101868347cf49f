package io.newsdesk.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.newsdesk.audit.AuditLog;
import io.newsdesk.audit.FileAuditLog;
import io.newsdesk.elasticsearch.ElasticsearchAuditLog;
import io.newsdesk.elasticsearch.ElasticsearchConfig;
import java.nio.file.Path;

import io.newsdesk.elasticsearch.ElasticsearchCorpusIndex;
import io.newsdesk.embed.Embedder;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.index.IndexConfig;
import io.newsdesk.index.MemoryCorpusIndex;
import io.newsdesk.index.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

/**
 * Picks the corpus index {@code newsdesk.store} names. The Elasticsearch index is looked up only when it
 * is chosen, so with {@code memory} no Elasticsearch client is ever created and nothing connects.
 */
public class CorpusIndexProducer {

    private static final Logger LOG = Logger.getLogger(CorpusIndexProducer.class);

    @Produces
    @ApplicationScoped
    CorpusIndex corpusIndex(StoreConfig store, Embedder embedder, IndexConfig config,
                            Instance<ElasticsearchCorpusIndex> elasticsearch) {
        if (store.store() == StoreConfig.Store.ELASTICSEARCH) {
            LOG.info("Corpus index: Elasticsearch");
            return elasticsearch.get();
        }
        LOG.infof("Corpus index: memory; dense search on %s", MemoryCorpusIndex.denseKernel());
        return new MemoryCorpusIndex(embedder.dimension(), config.titleBoost(), config.articleWeight());
    }

    /** The audit trail beside the corpus: a file under the data folder, or the cluster's audit index. */
    @Produces
    @ApplicationScoped
    AuditLog auditLog(StoreConfig store, @ConfigProperty(name = "newsdesk.data.path", defaultValue = "data") String dataPath, ObjectMapper mapper,
                      Instance<ElasticsearchCorpusIndex> elasticsearch, Instance<ElasticsearchClient> client,
                      Instance<ElasticsearchConfig> config) {
        if (store.store() == StoreConfig.Store.ELASTICSEARCH) {
            return new ElasticsearchAuditLog(client.get(), elasticsearch.get(), config.get());
        }
        return new FileAuditLog(Path.of(dataPath), mapper);
    }

    void close(@Disposes CorpusIndex index) {
        if (index instanceof MemoryCorpusIndex memory) {
            memory.close();
        }
    }
}
