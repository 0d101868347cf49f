package io.newsdesk.eval;

import io.newsdesk.elasticsearch.ElasticsearchProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The golden set, with the same floors, on the Elasticsearch store against a real node. */
@QuarkusTest
@TestProfile(ElasticsearchProfile.class)
class GoldenSetOnElasticsearchIT extends GoldenSetTest {
}
