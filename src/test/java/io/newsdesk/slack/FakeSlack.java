package io.newsdesk.slack;

import io.newsdesk.support.FakeHttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Starts a fake Slack Web API and points the service at it, with test credentials. */
public class FakeSlack implements QuarkusTestResourceLifecycleManager {

    static final String SECRET = "test-signing-secret";
    static FakeHttpServer server;

    @Override
    public Map<String, String> start() {
        server = new FakeHttpServer();
        return Map.of("newsdesk.slack.bot-token", "xoxb-test-token",
                "newsdesk.slack.signing-secret", SECRET,
                "newsdesk.slack.api-url", server.url() + "/api/",
                "newsdesk.slack.response-url-prefix", server.url() + "/hooks/");
    }

    @Override
    public void stop() {
        server.close();
    }
}
