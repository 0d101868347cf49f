package io.newsdesk.api;

import io.newsdesk.support.Imports;
import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ImportResourceTest {

    private static final String NDJSON = "application/x-ndjson";

    @BeforeEach
    void ready() {
        Ready.await();
    }

    @Test
    void should_accept_an_import_at_once_and_report_bad_lines_by_number_while_keeping_good_ones() {
        String body = """
                {"id": "imp-1", "title": "Lighthouse keepers return to Orkney", "text": "Three lighthouse keepers returned to the Orkney islands this spring. They will restore the old lamp.", "url": "https://example.org/1", "publishedAt": "2025-04-01"}
                {"id": "imp-2", "title": "no text here"}
                this is not json
                {"id": "imp-3", "title": "Glacier survey finds record melt", "text": "A glacier survey in the Alps found record melt in August."}
                {"id": "imp-4", "title": "A number is not an article", "text": 42}
                """;

        String location = given().auth().oauth2(TestKeys.EDITOR).contentType(NDJSON).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/import")
                .then().statusCode(202)
                .body("id", notNullValue())
                .body("linesReceived", equalTo(5))
                .extract().header("Location");
        JsonPath job = Imports.await(location, TestKeys.EDITOR);

        assertThat(job.getString("state")).isEqualTo("done");
        assertThat(job.getInt("indexed")).isEqualTo(2);
        assertThat(job.getInt("linesDone")).isEqualTo(5);
        assertThat(job.getInt("errorCount")).isEqualTo(3);
        assertThat(job.getList("errors.line", Integer.class)).containsExactly(2, 3, 5);
        assertThat(job.getString("errors[0].message")).contains("text");
        assertThat(job.getString("errors[1].message")).contains("JSON");
        assertThat(job.getString("errors[2].message")).contains("\"text\" must be a string");

        given().get("/api/articles/imp-1").then().statusCode(200)
                .body("title", equalTo("Lighthouse keepers return to Orkney"))
                .body("url", equalTo("https://example.org/1"))
                .body("publishedAt", equalTo("2025-04-01"));
        List<String> top = given().queryParam("q", "Orkney lighthouse keepers").get("/api/search").path("results.articleId");
        assertThat(top).first().isEqualTo("imp-1");
        List<String> ids = given().auth().oauth2(TestKeys.EDITOR).get("/api/imports").path("id");
        assertThat(ids).first().isEqualTo(job.getString("id"));
    }

    @Test
    void should_replace_an_article_imported_again_with_the_same_id() {
        JsonPath first = Imports.run("{\"id\": \"imp-re\", \"title\": \"Harbour seals counted\", \"text\": \"Volunteers counted 40 harbour seals in the estuary.\"}\n");
        assertThat(first.getInt("replaced")).isZero();
        JsonPath second = Imports.run("{\"id\": \"imp-re\", \"title\": \"Harbour seals counted\", \"text\": \"Volunteers counted 55 harbour seals in the estuary.\"}\n");
        assertThat(second.getInt("indexed")).isEqualTo(1);
        assertThat(second.getInt("replaced")).isEqualTo(1);

        List<Map<String, Object>> articles = given().queryParam("limit", 1000).get("/api/articles").path("articles");
        assertThat(articles).filteredOn(a -> a.get("id").equals("imp-re")).hasSize(1);
        given().get("/api/articles/imp-re").then().body("text", containsString("55 harbour seals"));
        List<String> texts = given().queryParam("q", "harbour seals estuary").queryParam("mode", "keyword")
                .get("/api/search").path("results.text");
        assertThat(texts).noneMatch(t -> t.contains("40 harbour seals"));
    }

    @Test
    void should_refuse_an_empty_body_the_wrong_content_type_and_unknown_jobs() {
        given().auth().oauth2(TestKeys.EDITOR).contentType(NDJSON).body(new byte[0])
                .post("/api/articles/import").then().statusCode(400).body("message", containsString("one JSON article per line"));
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON).body("{\"id\": \"x\", \"text\": \"y\"}")
                .post("/api/articles/import").then().statusCode(415).body("message", containsString("application/x-ndjson"));
        given().auth().oauth2(TestKeys.EDITOR).get("/api/imports/no-such-job").then().statusCode(404)
                .body("message", containsString("no-such-job"));
        given().auth().oauth2(TestKeys.READER).get("/api/imports").then().statusCode(403);
    }

    @Test
    void should_report_a_job_whose_every_line_is_bad_as_done_with_errors() {
        JsonPath job = Imports.run("{broken\n");
        assertThat(job.getString("state")).isEqualTo("done");
        assertThat(job.getInt("indexed")).isZero();
        assertThat(job.getList("errors.line", Integer.class)).containsExactly(1);
    }

    @Test
    void should_report_lines_without_words_or_with_a_script_link_as_bad_lines() {
        JsonPath job = Imports.run("""
                {"id": "imp-blank", "title": "Invisible", "text": "\\u0000\\u200b\\u0001"}
                {"id": "imp-script", "title": "Scripted", "text": "Trams in Bergen run late.", "url": "javascript:alert(1)"}
                {"id": "imp-fine", "title": "\\u200b", "text": "Trams in Bergen run late,\\u0000the operator said."}
                """);
        assertThat(job.getInt("indexed")).isEqualTo(1);
        assertThat(job.getList("errors.line", Integer.class)).containsExactly(1, 2);
        assertThat(job.getString("errors[0].message")).contains("no words");
        assertThat(job.getString("errors[1].message")).contains("http or https");
        given().get("/api/articles/imp-fine").then().statusCode(200)
                .body("title", equalTo("Trams in Bergen run late, the operator said."))
                .body("text", equalTo("Trams in Bergen run late, the operator said."));
    }

    @Test
    void should_read_an_export_that_opens_with_a_byte_order_mark_and_ends_lines_with_crlf() {
        JsonPath job = Imports.run("\uFEFF{\"id\": \"imp-bom\", \"title\": \"Trams in Leeds\", \"text\": \"Trams return to Leeds.\"}\r\n"
                + "{\"id\": \"imp-crlf\", \"title\": \"Buses in Hull\", \"text\": \"Buses in Hull run all night.\"}\r\n");
        assertThat(job.getInt("indexed")).isEqualTo(2);
        assertThat(job.getInt("errorCount")).isZero();
    }

    @Test
    void should_report_an_id_longer_than_any_store_takes_as_a_bad_line() {
        JsonPath job = Imports.run("{\"id\": \"" + "x".repeat(201) + "\", \"title\": \"Long id\", \"text\": \"Some text.\"}\n");
        assertThat(job.getInt("indexed")).isZero();
        assertThat(job.getString("errors[0].message")).contains("at most 200 characters");
    }

    @Test
    void should_cancel_a_running_import_and_keep_what_it_indexed() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            body.append("{\"id\": \"cancel-").append(i).append("\", \"title\": \"Allotment report ").append(i)
                    .append("\", \"text\": \"The allotment society planted ").append(i)
                    .append(" rows of leeks this year. Its members also counted the bees in plot ").append(i).append(".\"}\n");
        }
        String location = given().auth().oauth2(TestKeys.EDITOR).contentType(NDJSON).body(body.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(202).extract().header("Location");

        io.newsdesk.support.Eventually.get(java.time.Duration.ofSeconds(120),
                () -> given().auth().oauth2(TestKeys.EDITOR).get(location).jsonPath().getInt("indexed"), n -> n > 0);
        given().auth().oauth2(TestKeys.EDITOR).delete(location).then().statusCode(200);
        JsonPath job = Imports.await(location, TestKeys.EDITOR);

        assertThat(job.getString("state")).isEqualTo("cancelled");
        int indexed = job.getInt("indexed");
        assertThat(indexed).isPositive().isLessThan(400);
        given().get("/api/articles/cancel-0").then().statusCode(200);
        given().get("/api/articles/cancel-399").then().statusCode(404);
        given().auth().oauth2(TestKeys.EDITOR).delete(location).then().statusCode(409).body("message", containsString("ended"));
    }
}
