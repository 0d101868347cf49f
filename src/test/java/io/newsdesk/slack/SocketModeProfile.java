package io.newsdesk.slack;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** The service with Slack in Socket Mode against a local fake: bot and app tokens, no signing secret. */
public class SocketModeProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSlackSocket.class));
    }
}
