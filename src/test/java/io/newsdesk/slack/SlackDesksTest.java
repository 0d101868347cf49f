package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.support.Eventually;
import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static io.newsdesk.slack.SlackTestSupport.ASYNC;
import static io.newsdesk.slack.SlackTestSupport.read;
import static io.newsdesk.slack.SlackTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Slack channels read the desks mapped to them; filters written into a question hold, and a bad one is explained. */
@QuarkusTest
@TestProfile(SlackDesksTest.Profile.class)
class SlackDesksTest {

    private static final String DESK_EDITOR = "slack-investigations-editor";

    public static class Profile extends SlackProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsdesk.desks.investigations.edit-keys", DESK_EDITOR,
                    "newsdesk.slack.channels.\"CINVEST\".desks", "general,investigations",
                    "%test.newsdesk.data.path", "${test.newsdesk.data:target/test-data/default}/slack-desks");
        }
    }

    @BeforeEach
    void memo() {
        Ready.await();
        given().auth().oauth2(DESK_EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Grennick dossier", "text",
                        "Marisol Grennick leaked the port authority's ledger to the investigations desk, the dossier says.",
                        "desk", "investigations"))
                .put("/api/articles/{id}", "slack-desk-memo").then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.equalTo(200), org.hamcrest.Matchers.equalTo(201)));
    }

    private static RequestSpecification signed(String body) {
        String ts = Long.toString(Instant.now().getEpochSecond());
        return given().header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", SlackSignatureVerifier.sign(FakeSlack.SECRET, ts, body.getBytes(StandardCharsets.UTF_8)))
                .body(body);
    }

    private static JsonNode command(String text, String channel) {
        String hook = "/hooks/" + unique("R");
        String form = "command=%2Fask&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&response_url="
                + URLEncoder.encode(FakeSlack.server.url() + hook, StandardCharsets.UTF_8) + "&channel_id=" + channel
                + "&user_id=U1&trigger_id=" + unique("T");
        signed(form).contentType("application/x-www-form-urlencoded").post("/slack/commands").then().statusCode(200);
        return read(Eventually.get(ASYNC, () -> FakeSlack.server.requests(hook), r -> !r.isEmpty()).get(0).body());
    }

    @Test
    void a_channel_reads_only_the_desks_mapped_to_it() {
        String question = "Who leaked the port authority's ledger?";
        assertThat(command(question, "CINVEST").toString()).contains("Marisol Grennick");
        assertThat(command(question, "CPUBLIC").toString()).doesNotContain("Grennick");
        assertThat(command(question, "D0DIRECT").toString()).as("a DM reads dm-desks: general").doesNotContain("Grennick");
    }

    @Test
    void filters_in_the_text_hold_and_a_bad_one_is_explained() {
        assertThat(command("until:2001-01-01 Who leaked the port authority's ledger?", "CINVEST").toString())
                .doesNotContain("Grennick");
        JsonNode bad = command("since:someday Who leaked the ledger?", "CINVEST");
        assertThat(bad.path("text").asText()).contains("since:").contains("Filters look like");
    }
}
