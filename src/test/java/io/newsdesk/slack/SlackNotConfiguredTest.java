package io.newsdesk.slack;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** Without a bot token and signing secret, Slack endpoints say so and the rest works. */
@QuarkusTest
class SlackNotConfiguredTest {

    @Test
    void slack_endpoints_answer_503_with_a_clear_message() {
        for (String path : new String[] {"/slack/events", "/slack/commands", "/slack/interactions"}) {
            given().body("{}").contentType("application/json").post(path)
                    .then().statusCode(503).body("message", containsString("SLACK_BOT_TOKEN"));
        }
        given().get("/api/articles").then().statusCode(200);
    }
}
