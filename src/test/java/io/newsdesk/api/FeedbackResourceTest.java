package io.newsdesk.api;

import io.newsdesk.support.TestKeys;
import io.newsdesk.feedback.FeedbackStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class FeedbackResourceTest {

    @Inject
    FeedbackStore store;

    @Test
    void should_store_feedback_durably_list_it_and_count_it() throws Exception {
        String question = "Feedback test question " + System.nanoTime();
        given().contentType(ContentType.JSON)
                .body(Map.of("question", question, "answer", "An answer [1]", "helpful", false, "comment", "Missed the date"))
                .when().post("/api/feedback")
                .then().statusCode(201).body("id", notNullValue()).body("helpful", equalTo(false));

        given().auth().oauth2(TestKeys.EDITOR).when().get("/api/feedback").then().statusCode(200)
                .body("feedback[0].question", equalTo(question))
                .body("feedback[0].comment", equalTo("Missed the date"));
        String data = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("newsdesk.data.path", String.class);
        assertThat(Files.readString(Path.of(data, "feedback.jsonl"))).contains(question);
        FeedbackStore afterRestart = new FeedbackStore(() -> data, new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules(), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        assertThat(afterRestart.page(1, null).feedback()).first().satisfies(f -> assertThat(f.question()).isEqualTo(question));
        assertThat(given().get("/q/metrics").asString()).contains("newsdesk_feedback_total{helpful=\"false\"");
    }

    @Test
    void should_refuse_incomplete_feedback() {
        given().contentType(ContentType.JSON).body(Map.of("question", "q", "answer", "a"))
                .when().post("/api/feedback")
                .then().statusCode(400).body("message", containsString("helpful"));
        given().contentType(ContentType.JSON).body(Map.of("answer", "a", "helpful", true))
                .when().post("/api/feedback")
                .then().statusCode(400).body("message", containsString("question"));
        given().contentType(ContentType.JSON).body(Map.of("question", "\u0000\u200b", "answer", "a", "helpful", true))
                .when().post("/api/feedback")
                .then().statusCode(400).body("message", containsString("\"question\" is required and must not be blank"));
    }
}
