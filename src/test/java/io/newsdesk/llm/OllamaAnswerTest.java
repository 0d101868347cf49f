package io.newsdesk.llm;

import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(OllamaProfile.class)
class OllamaAnswerTest {

    @Test
    void answers_through_ollamas_chat_api_with_checked_citations() {
        Ready.await();
        FakeLlm.server.on("/api/chat", request -> FakeLlm.ollamaStream(FakeLlm.firstSentence(FakeLlm.source(request.body(), 1)) + " [1]"));

        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", "Which hacker group did Canberra blame for stealing passwords from Australian networks?"))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();

        assertThat(FakeLlm.server.requests("/api/chat")).hasSize(1);
        var request = JsonPath.from(FakeLlm.server.requests("/api/chat").get(0).body());
        assertThat(request.getString("model")).isEqualTo("fake-model");
        assertThat(request.getString("messages[-1].content")).contains("<source id=\"1\"").contains("APT40")
                .containsPattern("publication=\"[^\"]+\" published=\"(date unknown|\\d{1,2} [A-Z][a-z]{2} \\d{4})\"");
        assertThat(answer.getString("mode")).isEqualTo("generated");
        assertThat(answer.getList("citations")).hasSize(1);
    }
}
