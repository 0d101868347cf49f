package io.newsdesk.api;

import io.newsdesk.support.Imports;
import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The library's listing: words in titles and text, filters, newest first or by relevance, with a total. */
@QuarkusTest
class LibraryTest {

    @BeforeEach
    void articles() {
        Ready.await();
        String ndjson = """
                {"id":"lib-ferry-old","title":"Orkney ferry timetable","text":"The council debated the Orkney ferry timetable on Monday.\\n\\nCommuters from Hoy said crossings were too rare.","publishedAt":"2023-02-01","source":"Orkney Courier"}
                {"id":"lib-ferry-new","title":"Harbour budget","text":"A new budget for the harbour was approved.\\n\\nThe Orkney ferry will sail twice daily from April.","publishedAt":"2023-09-14","source":"Orkney Courier"}
                {"id":"lib-ferry-undated","title":"Ferry memories","text":"Islanders remember the old Orkney ferry fondly.","source":"Island Voice"}
                {"id":"lib-unrelated","title":"Lighthouse lamp","text":"The Quorbel lighthouse was given a new lamp.","publishedAt":"2023-10-01","source":"Island Voice"}
                """;
        assertThat(Imports.run(ndjson).getInt("errorCount")).isZero();
    }

    private static JsonPath list(String query) {
        return given().urlEncodingEnabled(false).get("/api/articles?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void words_are_found_anywhere_in_an_article_and_the_total_counts_the_matches() {
        JsonPath found = list("q=orkney+ferry&limit=100");
        assertThat(found.getList("articles.id", String.class)).as("newest first, undated last")
                .containsSubsequence("lib-ferry-new", "lib-ferry-old", "lib-ferry-undated").doesNotContain("lib-unrelated");
        assertThat(found.getInt("total")).isEqualTo(found.getList("articles").size());
        // "harbour" is in one passage and "twice" in another of the same article
        assertThat(list("q=harbour+twice").getList("articles.id", String.class)).contains("lib-ferry-new")
                .doesNotContain("lib-ferry-old", "lib-ferry-undated");
        assertThat(list("q=Commuters%27+Hoy").getList("articles.id", String.class)).as("read as search reads it").contains("lib-ferry-old");
        assertThat(list("q=ferry+quorbel").getInt("total")).isZero();
        assertThat(list("q=the+of").getInt("total")).as("only words search passes over").isZero();
        assertThat(list("q=quorbel").getString("articles[0].excerpt")).isEqualTo("The Quorbel lighthouse was given a new lamp.");
    }

    @Test
    void filters_narrow_the_words_and_relevance_ranks_title_matches_first() {
        assertThat(list("q=orkney+ferry&from=2023-06-01&to=2023-12-31").getList("articles.id", String.class))
                .contains("lib-ferry-new").doesNotContain("lib-ferry-old", "lib-ferry-undated");
        assertThat(list("q=ferry&source=Island+Voice").getList("articles.id", String.class)).containsExactly("lib-ferry-undated");
        List<String> ranked = list("q=orkney+ferry&sort=relevance").getList("articles.id", String.class);
        assertThat(ranked).containsSubsequence("lib-ferry-old", "lib-ferry-new");
        assertThat(ranked.indexOf("lib-ferry-old")).as("the title match ranks first").isLessThan(ranked.indexOf("lib-ferry-new"));
        JsonPath all = list("q=orkney+ferry+commuters&source=Orkney+Courier");
        JsonPath page = list("q=orkney+ferry+commuters&source=Orkney+Courier&limit=1&offset=0");
        assertThat(page.getList("articles.id", String.class)).containsExactly(all.getString("articles[0].id"));
        assertThat(page.getInt("total")).isEqualTo(all.getInt("total"));
    }

    @Test
    void bad_library_requests_say_what_is_wrong() {
        given().get("/api/articles?sort=title").then().statusCode(400).body("message", containsString("date or relevance"));
        given().get("/api/articles?sort=relevance").then().statusCode(400).body("message", containsString("\"q\""));
        given().get("/api/articles?q=" + "x".repeat(501)).then().statusCode(400).body("message", containsString("500"));
    }
}
