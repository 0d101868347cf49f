package io.newsdesk.elasticsearch;

import io.newsdesk.index.CorpusIndex;
import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The whole service on the Elasticsearch store, against a real node: seeds, answers, edits, search, readiness. */
@QuarkusTest
@TestProfile(ElasticsearchProfile.class)
class ElasticsearchStoreIT {

    @Inject
    CorpusIndex index;

    @BeforeEach
    void ready() {
        Ready.await();
    }

    private static JsonPath ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void the_seeds_are_in_the_cluster_and_answered_with_citations() {
        assertThat(index.shared()).isTrue();
        assertThat(index.articleCount()).isGreaterThanOrEqualTo(30);
        assertThat(index.chunkCount()).isGreaterThan(index.articleCount());

        JsonPath answer = ask("Which company did US lawmakers want added to the Pentagon list of Chinese military companies?");
        assertThat(answer.getBoolean("grounded")).isTrue();
        assertThat(answer.getString("answer")).contains("CATL").contains("[1]");
        String cited = answer.getString("citations[0].articleId");
        String quote = answer.getString("citations[0].quote");
        String text = given().get("/api/articles/" + cited).then().statusCode(200).extract().path("text");
        assertThat(text).contains(quote);

        JsonPath unrelated = ask("What is the boiling point of liquid nitrogen at sea level?");
        assertThat(unrelated.getBoolean("grounded")).isFalse();
    }

    @Test
    void an_article_put_replaced_and_deleted_through_the_api_is_answered_then_gone() {
        String id = "es-ferry-order";
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Island council orders electric ferries",
                        "text", "The Orkney Islands Council ordered four electric ferries from a Gdansk shipyard on Monday. "
                                + "The ferries will cost 48 million pounds and enter service in 2028."))
                .put("/api/articles/" + id).then().statusCode(201);
        JsonPath first = ask("How many electric ferries did the Orkney Islands Council order?");
        assertThat(first.getBoolean("grounded")).isTrue();
        assertThat(first.getList("citations.articleId", String.class)).contains(id);
        assertThat(first.getString("answer")).contains("four electric ferries");

        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Island council orders electric ferries",
                        "text", "The Orkney Islands Council ordered six electric ferries from a Gdansk shipyard on Monday."))
                .put("/api/articles/" + id).then().statusCode(200).body("chunks", equalTo(1));
        JsonPath replaced = ask("How many electric ferries did the Orkney Islands Council order?");
        assertThat(replaced.getString("answer")).contains("six electric ferries").doesNotContain("four electric ferries");
        assertThat(index.chunksOf(id)).hasSize(1);

        given().auth().oauth2(TestKeys.EDITOR).delete("/api/articles/" + id).then().statusCode(204);
        given().get("/api/articles/" + id).then().statusCode(404);
        given().auth().oauth2(TestKeys.EDITOR).delete("/api/articles/" + id).then().statusCode(404);
        assertThat(ask("How many electric ferries did the Orkney Islands Council order?")
                .getList("citations.articleId", String.class)).doesNotContain(id);
        assertThat(index.stored(List.of(io.newsdesk.domain.Article.of(id, "x", "api", List.of("x"), null, null)))
                .get(id).deleted()).isTrue();
    }

    @Test
    void keyword_dense_and_hybrid_search_find_an_exact_name() {
        for (String mode : List.of("keyword", "dense", "hybrid")) {
            given().queryParam("q", "Volt Typhoon").queryParam("mode", mode).get("/api/search")
                    .then().statusCode(200).body("results.size()", org.hamcrest.Matchers.greaterThan(0));
        }
        List<String> quotes = given().queryParam("q", "Volt Typhoon").queryParam("mode", "keyword").get("/api/search")
                .then().extract().path("results.text");
        assertThat(quotes.get(0)).contains("Volt Typhoon");
    }

    @Test
    void readiness_reports_the_cluster() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("elasticsearch"))
                .body("checks.find { it.name == 'elasticsearch' }.status", equalTo("UP"));
    }
}
