package io.newsdesk.documents;

import io.newsdesk.support.Eventually;
import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(WebPagesProfile.class)
class WebPagesAndFeedsTest {

    @BeforeEach
    void ready() {
        Ready.await();
    }

    /** One feed of {@code GET /api/feeds}, by name. */
    private static JsonPath feed(String name) {
        JsonPath feeds = given().get("/api/feeds").then().statusCode(200).extract().jsonPath();
        return JsonPath.from(feeds.prettify()).setRootPath("find { it.name == '" + name + "' }");
    }

    @Test
    void should_add_a_web_page_by_its_address_after_a_redirect_without_its_clutter() {
        String url = FakeNewsSite.site.url() + "/moved";
        String id = given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("url", url, "publishedAt", "2025-09-30"))
                .post("/api/articles").then().statusCode(201)
                .body("title", equalTo("Rail line to Inverness electrified"))
                .body("source", equalTo(java.net.URI.create(FakeNewsSite.site.url()).getHost())) // no site name: its host
                .extract().path("id");

        given().get("/api/articles/" + id).then().body("text", containsString("cutting journey times by 20 minutes"))
                .body("text", org.hamcrest.Matchers.not(containsString("Leave a Reply")))
                .body("url", equalTo(FakeNewsSite.site.url() + "/story/rail.html"));
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("question", "How much did electrifying the Inverness line cut journey times?"))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getList("citations.articleId", String.class)).contains(id);
        assertThat(answer.getList("citations.publishedAt", String.class)).contains("2025-09-30");

        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("url", FakeNewsSite.site.url() + "/story/rail.html#comments"))
                .post("/api/articles").then().statusCode(201)
                .body("id", equalTo(id)).body("url", equalTo(FakeNewsSite.site.url() + "/story/rail.html"));
    }

    @Test
    void should_refuse_a_redirect_to_another_scheme_and_report_pages_that_fail() {
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("url", FakeNewsSite.site.url() + "/redirect-to-file"))
                .post("/api/articles").then().statusCode(400).body("message", containsString("http"));
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("url", FakeNewsSite.site.url() + "/feeds/broken.xml"))
                .post("/api/articles").then().statusCode(422).body("error", equalTo("unprocessable_entity"))
                .body("message", containsString("500"));
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON).body("{}")
                .post("/api/articles").then().statusCode(400).body("message", containsString("url"));
    }

    @Test
    void should_index_new_feed_items_once_and_show_a_failing_feed_with_its_error() {
        Eventually.get(Duration.ofSeconds(60), () -> feed("atom").getInt("seen"), seen -> seen >= 4); // 2 items, GUID and link each
        Eventually.get(Duration.ofSeconds(60), () -> feed("rss").getInt("indexed"), n -> n == 1);
        List<String> titles = given().queryParam("limit", 1000).get("/api/articles").path("articles.title");
        assertThat(titles).contains("Council approves new cycle lanes", "Fishing fleet lands record mackerel catch",
                "Museum reopens after flood repairs");

        FakeNewsSite.ATOM_ENTRIES.add(new String[] {"a3", "Ferry timetable changes in May", "2025-03-03T08:00:00Z"});
        Eventually.get(Duration.ofSeconds(60), () -> given().queryParam("limit", 1000).get("/api/articles")
                .jsonPath().getList("articles.title", String.class), t -> t.contains("Ferry timetable changes in May"));

        // read again and again (every second): each story page was fetched exactly once
        long readsBefore = FakeNewsSite.site.requests("/feeds/atom.xml").size();
        Eventually.get(Duration.ofSeconds(30), () -> FakeNewsSite.site.requests("/feeds/atom.xml").size(), n -> n >= readsBefore + 2);
        assertThat(FakeNewsSite.site.requests("/story/a1.html")).hasSize(1);
        assertThat(FakeNewsSite.site.requests("/story/a3.html")).hasSize(1);
        assertThat(titles.stream().filter(t -> t.equals("Council approves new cycle lanes"))).hasSize(1);

        JsonPath broken = Eventually.get(Duration.ofSeconds(60), () -> feed("broken"), f -> f.getInt("failures") >= 1);
        assertThat(broken.getString("lastError")).contains("500");
        assertThat(broken.getString("lastSuccessAt")).isNull();
        JsonPath ok = feed("atom");
        assertThat(ok.getString("lastError")).isNull();
        assertThat(ok.getString("lastSuccessAt")).isNotNull();
        String metrics = given().get("/q/metrics").asString();
        assertThat(metrics).contains("newsdesk_feed_errors_total{feed=\"broken\"}").contains("newsdesk_feed_items_total{feed=\"atom\"}")
                .contains("newsdesk_imports{state=\"running\"}").contains("newsdesk_articles ").contains("newsdesk_chunks ");
    }

    @Test
    void should_pass_over_a_feed_item_that_cannot_be_read_and_give_it_up_after_three_reads() {
        JsonPath mixed = Eventually.get(Duration.ofSeconds(60), () -> feed("mixed"), f -> f.getInt("indexed") == 1);
        assertThat(mixed.getString("lastError")).as("the feed itself reads fine").isNull();
        assertThat(given().queryParam("limit", 1000).get("/api/articles").jsonPath().getList("articles.title", String.class))
                .contains("Harbour wall repairs begin");

        JsonPath givenUp = Eventually.get(Duration.ofSeconds(60), () -> feed("mixed"), f -> f.getInt("itemsGivenUp") == 1);
        assertThat(givenUp.getString("lastItemError")).contains("/story/gone.html").contains("404");
        assertThat(givenUp.getInt("itemsFailing")).isZero();

        long readsBefore = FakeNewsSite.site.requests("/feeds/mixed.xml").size();
        Eventually.get(Duration.ofSeconds(30), () -> FakeNewsSite.site.requests("/feeds/mixed.xml").size(), n -> n >= readsBefore + 2);
        assertThat(FakeNewsSite.site.requests("/story/gone.html")).as("tried on three reads, then never again").hasSize(3);
        assertThat(FakeNewsSite.site.requests("/story/m1.html")).hasSize(1);
        assertThat(given().get("/q/metrics").asString()).contains("newsdesk_feed_item_errors_total{feed=\"mixed\"} 3.0");
    }

    @Test
    void editors_add_and_remove_feeds_at_run_time_and_the_trail_records_it() {
        String url = FakeNewsSite.site.url() + "/feeds/added.xml";
        io.restassured.specification.RequestSpecification editor = given().auth().oauth2(io.newsdesk.support.TestKeys.EDITOR)
                .contentType(io.restassured.http.ContentType.JSON);
        given().auth().oauth2(io.newsdesk.support.TestKeys.READER).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("name", "wick", "url", url)).post("/api/feeds").then().statusCode(403);
        editor.body(Map.of("name", "wick", "url", url, "interval", "5m")).post("/api/feeds").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/feeds/wick"))
                .body("name", equalTo("wick")).body("interval", equalTo(300));
        Eventually.get(Duration.ofSeconds(60), () -> given().queryParam("q", "lifeboat wick").get("/api/articles")
                .jsonPath().getList("articles.title", String.class), t -> t.contains("Lifeboat station opens in Wick"));
        Eventually.get(Duration.ofSeconds(60), () -> feed("wick").getInt("indexed"), n -> n == 1);

        for (Map<String, String> bad : List.of(Map.of("name", "wick", "url", url), Map.of("name", "../x", "url", url),
                Map.of("name", "w2", "url", "ftp://example.com/feed"), Map.of("name", "w3", "url", url, "interval", "10s"),
                Map.of("name", "w4", "url", url, "interval", "soon"), Map.of("name", "w5"))) {
            int status = given().auth().oauth2(io.newsdesk.support.TestKeys.EDITOR).contentType(io.restassured.http.ContentType.JSON)
                    .body(bad).post("/api/feeds").then().extract().statusCode();
            assertThat(status).as(bad.toString()).isIn(400, 409);
        }
        given().auth().oauth2(io.newsdesk.support.TestKeys.EDITOR).delete("/api/feeds/atom").then().statusCode(409)
                .body("message", org.hamcrest.Matchers.containsString("configur"));
        given().auth().oauth2(io.newsdesk.support.TestKeys.EDITOR).delete("/api/feeds/wick").then().statusCode(204);
        assertThat(given().get("/api/feeds").jsonPath().getList("name", String.class)).doesNotContain("wick").contains("atom");
        given().auth().oauth2(io.newsdesk.support.TestKeys.EDITOR).delete("/api/feeds/wick").then().statusCode(404);
        assertThat(given().get("/api/articles/{id}", given().queryParam("q", "lifeboat wick").get("/api/articles")
                .jsonPath().getString("articles[0].id")).statusCode()).as("its articles stay").isEqualTo(200);

        List<String> trail = given().auth().oauth2(io.newsdesk.support.TestKeys.EDITOR).queryParam("limit", 500).get("/api/audit")
                .then().statusCode(200).extract().path("entries.findAll { it.job == 'feed:wick' }.action");
        assertThat(trail).contains("feed-add", "feed-remove");
    }
}
