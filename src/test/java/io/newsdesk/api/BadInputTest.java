package io.newsdesk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Every bad request gets a 4xx with a JSON body that says what is wrong, and no stack trace. */
@QuarkusTest
class BadInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"question\": null}", "{\"question\": \"\"}", "{\"question\": \"   \"}"})
    void missing_or_blank_question_is_400(String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/ask")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("status", equalTo(400))
                .body("message", containsString("question"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"question\": \"\\u0000\\u0001\"}", "{\"question\": \"\\u200b\\u200e \\t\"}"})
    void a_question_of_control_or_invisible_characters_is_blank(String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/ask")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("message", containsString("must not be blank"));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/ask/stream")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("message", containsString("must not be blank"));
    }

    @Test
    void a_question_or_search_of_only_symbols_says_it_has_no_words() {
        given().contentType(ContentType.JSON).body(Map.of("question", "?!? 😀"))
                .when().post("/api/ask")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("message", containsString("no words"));
        given().queryParam("q", "\u0000\u0001").when().get("/api/search")
                .then().statusCode(400).body("message", containsString("\"q\""));
        given().queryParam("q", "💥💥").when().get("/api/search")
                .then().statusCode(400).body("message", containsString("no words"));
    }

    @Test
    void a_question_with_stray_control_characters_is_answered_as_if_they_were_spaces() {
        given().contentType(ContentType.JSON).body(Map.of("question", "Which\u0000hacker group did\u200b Australia accuse?"))
                .when().post("/api/ask")
                .then().statusCode(200).body("answer", containsString("APT40"));
    }

    @Test
    void empty_body_is_400() {
        given().contentType(ContentType.JSON)
                .when().post("/api/ask")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("message", containsString("question"));
    }

    @Test
    void question_over_2000_characters_is_400() {
        given().contentType(ContentType.JSON).body(Map.of("question", "a".repeat(2001)))
                .when().post("/api/ask")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("message", containsString("2000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"question\": \"unterminated", "not json at all", "{\"question\": {\"nested\": 1}}",
            "{\"question\": \"ok\", \"history\": \"not a list\"}", "{\"question\": 5}", "{\"question\": true}"})
    void malformed_json_is_400(String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/ask")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("message", containsString("JSON"))
                .body("message", not(containsString("Exception")))
                .body("message", not(containsString("io.newsdesk")));
    }

    @Test
    void wrong_content_type_is_415() {
        given().contentType(ContentType.TEXT).body("What is CATL?")
                .when().post("/api/ask")
                .then().statusCode(415).contentType(ContentType.JSON)
                .body("message", containsString("application/json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "101", "ten", "1.5"})
    void k_out_of_range_is_400(String k) {
        given().queryParam("q", "Baidu").queryParam("k", k)
                .when().get("/api/search")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("message", containsString("\"k\""));
    }

    @Test
    void missing_search_query_and_unknown_mode_are_400() {
        given().when().get("/api/search").then().statusCode(400).body("message", containsString("\"q\""));
        given().queryParam("q", "Baidu").queryParam("mode", "magic")
                .when().get("/api/search").then().statusCode(400).body("message", containsString("dense"));
    }

    @Test
    void unknown_article_is_a_json_404() {
        given().when().get("/api/articles/no-such-article")
                .then().statusCode(404).contentType(ContentType.JSON)
                .body("message", containsString("no-such-article"));
    }
}
