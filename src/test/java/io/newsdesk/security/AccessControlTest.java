package io.newsdesk.security;

import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Keys configured (editor and reader), reads open: the default shape of a deployment with writes enabled. */
@QuarkusTest
class AccessControlTest {

    private static final String ARTICLE = "{\"id\":\"acl-1\",\"title\":\"Ferry strike ends\",\"text\":\"The ferry strike ended on Monday.\"}\n";

    @BeforeEach
    void ready() {
        Ready.await();
    }

    private static RequestSpecification importing(RequestSpecification request) {
        return request.contentType("application/x-ndjson").body(ARTICLE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void import_without_a_key_gets_401_with_a_bearer_challenge() {
        importing(given()).post("/api/articles/import").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(ContentType.JSON)
                .body("message", containsString("editor"));
    }

    @Test
    void import_with_an_unknown_key_gets_401() {
        importing(given().auth().oauth2("not-a-key")).post("/api/articles/import").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void import_with_a_reader_key_gets_403() {
        importing(given().auth().oauth2(TestKeys.READER)).post("/api/articles/import").then().statusCode(403)
                .contentType(ContentType.JSON).body("message", containsString("editor"));
    }

    @Test
    void import_with_the_editor_key_is_accepted() {
        importing(given().auth().oauth2(TestKeys.EDITOR)).post("/api/articles/import").then().statusCode(202)
                .body("linesReceived", equalTo(1));
    }

    @Test
    void feedback_can_be_posted_by_anyone_but_read_only_by_an_editor() {
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "q", "answer", "a [1]", "helpful", true, "comment", "private note"))
                .post("/api/feedback").then().statusCode(201);
        given().get("/api/feedback").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(TestKeys.READER).get("/api/feedback").then().statusCode(403);
        given().auth().oauth2(TestKeys.EDITOR).get("/api/feedback?limit=1").then().statusCode(200)
                .body("feedback.size()", equalTo(1)).body("total", notNullValue());
    }

    @Test
    void feedback_pages_follow_each_other_newest_first() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("question", "page question " + i, "answer", "a", "helpful", i % 2 == 0))
                    .post("/api/feedback").then().statusCode(201);
        }
        var first = given().auth().oauth2(TestKeys.EDITOR).get("/api/feedback?limit=2").then().statusCode(200).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(first.getList("feedback.question"))
                .containsExactly("page question 2", "page question 1");
        given().auth().oauth2(TestKeys.EDITOR).queryParam("limit", 1).queryParam("after", first.getString("next"))
                .get("/api/feedback").then().statusCode(200).body("feedback[0].question", equalTo("page question 0"));
        given().auth().oauth2(TestKeys.EDITOR).get("/api/feedback?limit=0").then().statusCode(400)
                .body("message", containsString("limit"));
    }

    @Test
    void open_reads_accept_no_key_and_treat_an_unknown_key_as_none() {
        given().contentType(ContentType.JSON).body(Map.of("question", "Which hacker group did Australia accuse?"))
                .post("/api/ask").then().statusCode(200).body("grounded", equalTo(true));
        // OpenAI client libraries always send a key, e.g. "none"
        given().auth().oauth2("none").contentType(ContentType.JSON)
                .body(Map.of("model", "newsdesk", "messages", java.util.List.of(Map.of("role", "user", "content", "Which hacker group did Australia accuse?"))))
                .post("/v1/chat/completions").then().statusCode(200).body("choices[0].message.content", containsString("APT40"));
        given().auth().oauth2("none").get("/api/articles").then().statusCode(200);
        given().auth().oauth2("none").queryParam("q", "tariff").get("/api/search").then().statusCode(200);
    }

    @Test
    void keys_never_appear_in_metrics() {
        given().auth().oauth2(TestKeys.EDITOR).get("/api/feedback").then().statusCode(200);
        String metrics = given().get("/q/metrics").asString();
        org.assertj.core.api.Assertions.assertThat(metrics).doesNotContain(TestKeys.EDITOR).doesNotContain(TestKeys.READER);
    }
}
