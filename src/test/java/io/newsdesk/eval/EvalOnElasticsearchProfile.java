package io.newsdesk.eval;

import io.newsdesk.elasticsearch.ElasticsearchResource;

import java.util.List;

/** The evaluation profile (no seeds, no sentence vectors) on the Elasticsearch store, against a real node. */
public class EvalOnElasticsearchProfile extends EvalProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ElasticsearchResource.class));
    }
}
