package io.newsdesk.elasticsearch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The Elasticsearch store ({@code newsdesk.store=elasticsearch}). The cluster's address and credentials
 * are the Quarkus client's own: {@code quarkus.elasticsearch.hosts}, {@code .username}, {@code .password},
 * {@code .protocol}.
 */
@ConfigMapping(prefix = "newsdesk.elasticsearch")
public interface ElasticsearchConfig {

    /** Prefix of the index names: {@code <index>-passages} and {@code <index>-articles} are aliases of versioned indices. */
    @WithDefault("newsdesk")
    String index();

    /** Primary shards of each index, fixed when the index is created. */
    @WithDefault("1")
    int shards();

    /** Copies of each shard on other nodes: with 1, losing one node loses nothing. */
    @WithDefault("1")
    int replicas();

    /** Passages per bulk request. */
    @WithDefault("200")
    int bulkPassages();

    /** Candidates each shard's HNSW search considers per result wanted (at least 100 in all). */
    @WithDefault("4")
    int candidatesPerResult();

    /** Retries of a failed search or write (a node lost, a shard relocating) before the caller sees the error. */
    @WithDefault("3")
    int retries();

    /** Wait before the first retry; doubled each time. */
    @WithDefault("200ms")
    Duration retryDelay();

    /** Passages kept decoded (article, sentence vectors, terms), so a passage found again costs no decoding. */
    @WithDefault("20000")
    int passageCache();

    /** How long document frequencies and counts are reused before asking the cluster again. */
    @WithDefault("30s")
    Duration statisticsTtl();
}
