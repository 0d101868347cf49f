package io.newsdesk.api;

import io.newsdesk.elasticsearch.ElasticsearchProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The library's listing, word search and orders on the Elasticsearch store: the same checks as on memory. */
@QuarkusTest
@TestProfile(ElasticsearchProfile.class)
class LibraryOnElasticsearchIT extends LibraryTest {
}
