package io.newsdesk.documents;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** Web pages and feeds from a local site, which needs private addresses allowed. */
public class WebPagesProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeNewsSite.class));
    }
}
