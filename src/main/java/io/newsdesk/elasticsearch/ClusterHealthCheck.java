package io.newsdesk.elasticsearch;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import io.newsdesk.index.StoreConfig;
import jakarta.enterprise.inject.Instance;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.api.HealthType;
import io.smallrye.health.registry.HealthRegistries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Readiness reports the cluster's health when the Elasticsearch store is in use, and only then: with the
 * memory store no such check is registered and nothing connects. Red, or no answer, is DOWN with the
 * reason; yellow (a replica missing) still serves every question, so it is UP.
 */
@ApplicationScoped
public class ClusterHealthCheck {

    void register(@Observes StartupEvent event, StoreConfig store, Instance<ElasticsearchCorpusIndex> index) {
        if (store.store() == StoreConfig.Store.ELASTICSEARCH) {
            HealthRegistry readiness = HealthRegistries.getRegistry(HealthType.READINESS);
            ElasticsearchCorpusIndex elasticsearch = index.get();
            readiness.register("elasticsearch", () -> check(elasticsearch));
        }
    }

    static HealthCheckResponse check(ElasticsearchCorpusIndex index) {
        var response = HealthCheckResponse.named("elasticsearch");
        try {
            var health = index.health();
            response.withData("cluster", health.clusterName()).withData("status", health.status().jsonValue())
                    .withData("nodes", health.numberOfNodes());
            if (health.status() == HealthStatus.Red) {
                return response.down().withData("error", "the cluster is red: some passages are unavailable").build();
            }
            return response.up().build();
        } catch (Exception e) {
            return response.down().withData("error", "Elasticsearch is unreachable: " + e.getMessage()).build();
        }
    }
}
