package io.newsdesk.security;

import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** With no editor key configured, nothing changes the corpus and nobody reads feedback; asking still works. */
@QuarkusTest
@TestProfile(NoKeysProfile.class)
class WritesDisabledTest {

    @Test
    void every_write_is_refused_with_how_to_enable_writes_and_the_corpus_stays_as_it_was() {
        Ready.await();
        int before = given().get("/api/articles").path("total");
        for (String key : new String[] {null, "anything", "eyJhbGciOiJSUzI1NiJ9.e30.sig"}) {
            var request = given().contentType("application/x-ndjson")
                    .body("{\"id\":\"evil\",\"title\":\"Fake\",\"text\":\"Attacker text.\"}\n".getBytes(StandardCharsets.UTF_8));
            if (key != null) {
                request = request.auth().oauth2(key);
            }
            request.post("/api/articles/import").then().log().ifValidationFails().statusCode(403).contentType(ContentType.JSON)
                    .body("message", containsString("NEWSDESK_API_KEYS"));
        }
        given().get("/api/feedback").then().statusCode(403).body("message", containsString("newsdesk.api.keys"));
        given().get("/api/articles/evil").then().statusCode(404);
        given().get("/api/articles").then().body("total", equalTo(before));
        given().contentType(ContentType.JSON).body(Map.of("question", "Which hacker group did Australia accuse?"))
                .post("/api/ask").then().statusCode(200).body("grounded", equalTo(true));
    }
}
