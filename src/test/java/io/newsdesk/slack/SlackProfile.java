package io.newsdesk.slack;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** The service with Slack configured against a local fake. */
public class SlackProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSlack.class));
    }
}
