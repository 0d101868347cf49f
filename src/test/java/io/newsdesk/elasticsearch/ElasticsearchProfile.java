package io.newsdesk.elasticsearch;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** The service on the Elasticsearch store, against a real node. */
public class ElasticsearchProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ElasticsearchResource.class));
    }
}
