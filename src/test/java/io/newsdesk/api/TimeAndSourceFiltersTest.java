package io.newsdesk.api;

import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Dates and sources on every read path: twelve articles on one made-up subject, the six most relevant published
 * before November 2023 and six weaker ones in it, from two publications.
 */
@QuarkusTest
class TimeAndSourceFiltersTest {

    private static final int ARTICLES = 12;

    private static boolean added;
    private static int port;

    @BeforeEach
    void addArticles() {
        Ready.await();
        if (added) {
            return;
        }
        added = true;
        port = io.restassured.RestAssured.port;
        for (int i = 0; i < ARTICLES; i++) {
            boolean inNovember = i >= 6;
            String text = inNovember
                    ? "Selenex, a lunar mining start-up, was mentioned at a trade fair in Reno. Visitors asked about rovers "
                    + "and batteries. Story number " + i + "."
                    : "Selenex mined helium-3 on the Moon, Selenex said. The Selenex helium-3 haul from its lunar mining "
                    + "rover was the largest yet. Selenex helium mining story " + i + ".";
            given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                    .body(Map.of("title", "Selenex report " + i, "text", text,
                            "publishedAt", inNovember ? "2023-11-" + (10 + i) + "T09:00:00Z" : "2023-0" + (i + 1) + "-15",
                            "source", i % 2 == 0 ? "Orbital Times" : "Moon Ledger",
                            "url", "https://example.org/selenex/" + i))
                    .put("/api/articles/{id}", "selenex-" + i)
                    .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        }
    }

    @AfterAll
    static void removeArticles() {
        if (!added) {
            return;
        }
        for (int i = 0; i < ARTICLES; i++) {
            given().port(port).auth().oauth2(TestKeys.EDITOR).delete("/api/articles/{id}", "selenex-" + i);
        }
    }

    @Test
    void a_filtered_search_still_gets_k_results_when_the_best_k_are_out_of_range() {
        List<String> unfiltered = given().queryParam("q", "Selenex helium-3 lunar mining").queryParam("k", 3)
                .get("/api/search").then().statusCode(200).extract().path("results.publishedAt");
        assertThat(unfiltered).as("the best three are all from before November").allSatisfy(day -> assertThat(day).startsWith("2023-0"));

        JsonPath filtered = given().queryParam("q", "Selenex helium-3 lunar mining").queryParam("k", 3)
                .queryParam("from", "2023-11-01").queryParam("to", "2023-11-30")
                .get("/api/search").then().statusCode(200).extract().jsonPath();
        assertThat(filtered.getList("results.publishedAt", String.class)).hasSize(3)
                .allSatisfy(day -> assertThat(day).startsWith("2023-11-"));
        assertThat(filtered.getList("results.url", String.class)).allSatisfy(url -> assertThat(url).startsWith("https://example.org/"));
        assertThat(filtered.getList("results.source", String.class)).isSubsetOf("Orbital Times", "Moon Ledger");
    }

    @Test
    void sources_filter_search_articles_and_answers_case_aside() {
        List<String> sources = given().queryParam("q", "Selenex").queryParam("k", 10).queryParam("source", "moon ledger")
                .get("/api/search").then().statusCode(200).extract().path("results.source");
        assertThat(sources).isNotEmpty().containsOnly("Moon Ledger");

        given().queryParam("source", "Orbital Times").queryParam("from", "2023-11-01").get("/api/articles")
                .then().statusCode(200).body("total", equalTo(3)).body("articles.source", org.hamcrest.Matchers.everyItem(equalTo("Orbital Times")));
        assertThat(given().get("/api/articles/sources").then().statusCode(200).extract().<Integer>path("'Moon Ledger'")).isEqualTo(6);

        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", "How much helium-3 did Selenex mine?", "source", "Orbital Times"))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getList("citations.source", String.class)).isNotEmpty().containsOnly("Orbital Times");
    }

    @Test
    void a_time_in_the_question_holds_the_answer_to_it_and_is_reported() {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", "What did Selenex do in November 2023?", "asOf", "2023-12-31"))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("timeRange.from")).isEqualTo("2023-11-01");
        assertThat(answer.getString("timeRange.to")).isEqualTo("2023-11-30");
        assertThat(answer.getString("timeRange.words")).isEqualTo("November 2023");
        assertThat(answer.getList("citations.publishedAt", String.class)).allSatisfy(day -> assertThat(day).startsWith("2023-11-"));
    }

    @Test
    void sources_on_different_days_are_dated_in_the_answer() {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", "What is Selenex?"))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
        List<String> days = answer.getList("citations.publishedAt", String.class);
        if (days.stream().map(day -> day.substring(0, 10)).distinct().count() > 1) {
            assertThat(answer.getString("answer")).containsPattern("On \\d{1,2} [A-Z][a-z]{2} 2023, (Orbital Times|Moon Ledger) reported: ");
        }
        assertThat(answer.getString("plainText")).containsPattern("\\((Orbital Times|Moon Ledger), \\d{1,2} [A-Z][a-z]{2} 2023\\)");
    }

    @Test
    void a_range_that_holds_nothing_on_the_subject_names_the_closest_story_outside_it() {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", "How much helium-3 did Selenex mine?", "from", "2024-01-01", "to", "2024-06-30"))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getBoolean("grounded")).isFalse();
        assertThat(answer.getList("citations")).isEmpty();
        assertThat(answer.getString("notice")).startsWith("Nothing published in January – June 2024 covers this; the closest story is from ")
                .contains("Selenex report");
    }

    @Test
    void a_question_whose_time_the_filter_excludes_says_so() {
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "What did Selenex do in March 2023?", "from", "2023-11-01", "asOf", "2023-12-31"))
                .post("/api/ask").then().statusCode(200)
                .body("grounded", equalTo(false))
                .body("notice", containsString("The question asks about March 2023, but the search was limited to since 1 Nov 2023"));
    }

    @Test
    void bad_dates_and_empty_ranges_are_refused_naming_the_field() {
        given().queryParam("q", "Selenex").queryParam("from", "last tuesday").get("/api/search")
                .then().statusCode(400).contentType(ContentType.JSON).body("message", containsString("\"from\""));
        given().queryParam("to", "2023-13-45").get("/api/articles")
                .then().statusCode(400).body("message", containsString("\"to\""));
        given().contentType(ContentType.JSON).body(Map.of("question", "Selenex?", "from", "2023-12-01", "to", "2023-11-01"))
                .post("/api/ask").then().statusCode(400).body("message", containsString("\"from\"")).body("message", containsString("\"to\""));
        given().contentType(ContentType.JSON).body(Map.of("question", "Selenex?", "asOf", "soon"))
                .post("/api/ask").then().statusCode(400).body("message", containsString("\"asOf\""));
    }

    @Test
    void the_openai_endpoint_takes_the_same_filter() {
        JsonPath completion = given().contentType(ContentType.JSON)
                .body(Map.of("model", "newsdesk", "messages", List.of(Map.of("role", "user", "content", "What did Selenex mine?")),
                        "filter", Map.of("from", "2023-11-01", "source", List.of("Moon Ledger"))))
                .post("/v1/chat/completions").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> citations = completion.getList("citations");
        assertThat(citations).allSatisfy(c -> {
            assertThat(c.get("source")).isEqualTo("Moon Ledger");
            assertThat(c.get("publishedAt").toString()).startsWith("2023-11-");
        });
        given().contentType(ContentType.JSON)
                .body(Map.of("model", "newsdesk", "messages", List.of(Map.of("role", "user", "content", "Selenex?")),
                        "filter", Map.of("to", "yesterday")))
                .post("/v1/chat/completions").then().statusCode(400).body(containsString("\\\"to\\\""));
    }
}
