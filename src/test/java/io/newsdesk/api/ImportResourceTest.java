package io.newsdesk.api;

import io.newsdesk.support.TestKeys;
import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ImportResourceTest {

    private static final String NDJSON = "application/x-ndjson";

    @BeforeEach
    void ready() {
        Ready.await();
    }

    @Test
    void should_import_good_lines_report_bad_ones_by_number_and_keep_the_given_ids() {
        String body = """
                {"id": "imp-1", "title": "Lighthouse keepers return to Orkney", "text": "Three lighthouse keepers returned to the Orkney islands this spring. They will restore the old lamp.", "url": "https://example.org/1", "publishedAt": "2025-04-01"}
                {"id": "imp-2", "title": "no text here"}
                this is not json
                {"id": "imp-3", "title": "Glacier survey finds record melt", "text": "A glacier survey in the Alps found record melt in August."}
                {"id": "imp-4", "title": "A number is not an article", "text": 42}
                """;

        given().auth().oauth2(TestKeys.EDITOR).contentType(NDJSON).body((body).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/articles/import")
                .then().statusCode(200)
                .body("imported", equalTo(2))
                .body("errors", hasSize(3))
                .body("errors[0].line", equalTo(2)).body("errors[0].message", containsString("text"))
                .body("errors[1].line", equalTo(3)).body("errors[1].message", containsString("JSON"))
                .body("errors[2].line", equalTo(5)).body("errors[2].message", containsString("\"text\" must be a string"));

        given().get("/api/articles/imp-1").then().statusCode(200)
                .body("title", equalTo("Lighthouse keepers return to Orkney"))
                .body("url", equalTo("https://example.org/1"))
                .body("publishedAt", equalTo("2025-04-01"));
        List<String> top = given().queryParam("q", "Orkney lighthouse keepers").get("/api/search").path("results.articleId");
        assertThat(top).first().isEqualTo("imp-1");
    }

    @Test
    void should_replace_an_article_imported_again_with_the_same_id() {
        given().auth().oauth2(TestKeys.EDITOR).contentType(NDJSON).body(("{\"id\": \"imp-re\", \"title\": \"Harbour seals counted\", \"text\": \"Volunteers counted 40 harbour seals in the estuary.\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(200).body("replaced", equalTo(0));
        given().auth().oauth2(TestKeys.EDITOR).contentType(NDJSON).body(("{\"id\": \"imp-re\", \"title\": \"Harbour seals counted\", \"text\": \"Volunteers counted 55 harbour seals in the estuary.\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(200).body("imported", equalTo(1)).body("replaced", equalTo(1));

        List<Map<String, Object>> articles = given().get("/api/articles").path("");
        assertThat(articles).filteredOn(a -> a.get("id").equals("imp-re")).hasSize(1);
        given().get("/api/articles/imp-re").then().body("text", containsString("55 harbour seals"));
        List<String> texts = given().queryParam("q", "harbour seals estuary").queryParam("mode", "keyword")
                .get("/api/search").path("results.text");
        assertThat(texts).noneMatch(t -> t.contains("40 harbour seals"));
    }

    @Test
    void should_refuse_a_body_with_no_valid_line_and_the_wrong_content_type() {
        given().auth().oauth2(TestKeys.EDITOR).contentType(NDJSON).body(("{broken\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(400).body("errors[0].line", equalTo(1));
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON).body("{\"id\": \"x\", \"text\": \"y\"}")
                .post("/api/articles/import").then().statusCode(415).body("message", containsString("application/x-ndjson"));
    }
}
