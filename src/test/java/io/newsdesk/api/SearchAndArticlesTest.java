package io.newsdesk.api;

import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class SearchAndArticlesTest {

    @BeforeEach
    void ready() {
        Ready.await();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hybrid", "dense", "keyword"})
    void should_rank_passages_in_every_mode(String mode) {
        List<Map<String, Object>> results = given().queryParam("q", "APT40 stole passwords").queryParam("k", 3)
                .queryParam("mode", mode)
                .when().get("/api/search")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("results", hasSize(3))
                .extract().path("results");

        assertThat(results.get(0).get("title").toString()).contains("APT40");
        assertThat(results).allSatisfy(r -> assertThat(r).containsKeys("articleId", "title", "source", "text", "score"));
        assertThat(results).extracting(r -> ((Number) r.get("score")).doubleValue()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void should_list_articles_with_chunk_counts_and_serve_their_paragraphs() {
        given().when().get("/api/articles").then().statusCode(200).body("total", greaterThanOrEqualTo(32));
        List<Map<String, Object>> articles = given().when().get("/api/articles?q=CATL")
                .then().statusCode(200).extract().path("articles");
        Map<String, Object> catl = articles.stream().filter(a -> a.get("title").toString().startsWith("CATL")).findFirst().orElseThrow();
        assertThat((Integer) catl.get("chunks")).isPositive();
        assertThat(catl.get("source")).isEqualTo("000_8dc2fca3479cd353.txt");

        given().when().get("/api/articles/{id}", catl.get("id"))
                .then().statusCode(200)
                .body("title", equalTo(catl.get("title")))
                .body("text", containsString("Marco Rubio"))
                .body("paragraphs[0].start", equalTo(0))
                .body("paragraphs", hasSize(4));
    }

    @Test
    void should_report_ready_and_publish_docs_and_metrics() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks[0].data.articles", greaterThanOrEqualTo(32));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/ask"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/ask/stream"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/search"))
                .body("paths.'/api/ask/stream'.post.responses.'200'.content", org.hamcrest.Matchers.hasKey("text/event-stream"))
                .body("paths.'/api/ask/stream'.post.responses.'200'.content.'text/event-stream'.schema.examples[0]",
                        org.hamcrest.Matchers.containsString("event: done"));
        given().contentType(ContentType.JSON).body(Map.of("question", "What is the recipe for pancakes?")).post("/api/ask");
        given().contentType(ContentType.JSON).body(Map.of("question", "Which hacker group did Australia accuse?")).post("/api/ask");
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("newsdesk_ask_seconds_count{coverage=\"full\",grounded=\"true\"")
                .contains("newsdesk_ask_seconds_count{coverage=\"none\",grounded=\"false\"")
                .contains("newsdesk_feedback_total{helpful=\"true\"");
    }
}
