package io.newsdesk.api;

import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AskResourceTest {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    @BeforeEach
    void ready() {
        Ready.await();
    }

    private static JsonPath ask(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/ask")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    @Test
    void should_cite_every_sentence_with_verbatim_quotes() {
        JsonPath answer = ask(Map.of("question", "What tariff did the European Commission put on Chinese-made electric cars?"));

        assertThat(answer.getBoolean("grounded")).isTrue();
        assertThat(answer.getString("mode")).isEqualTo("extractive");
        assertThat(answer.getString("answer")).contains("36.3%");
        List<Map<String, Object>> citations = answer.getList("citations");
        assertThat(citations).isNotEmpty();
        assertThat(citations.get(0).get("title").toString()).isEqualTo("EU probes subsidy advantage of Chinese electric vehicle");
        for (String sentence : answer.getString("answer").split("(?<=\\])\\s+(?=[^\\[])")) {
            assertThat(MARKER.matcher(sentence).find()).as("every sentence cites: " + sentence).isTrue();
        }
        Matcher markers = MARKER.matcher(answer.getString("answer"));
        while (markers.find()) {
            assertThat(Integer.parseInt(markers.group(1))).isBetween(1, citations.size());
        }
        for (Map<String, Object> citation : citations) {
            JsonPath article = given().get("/api/articles/{id}", citation.get("articleId")).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(article.getString("text").substring((Integer) citation.get("start"), (Integer) citation.get("end")))
                    .isEqualTo(citation.get("quote"));
            assertThat(citation.get("source")).isEqualTo(article.getString("source"));
            assertThat(citation.get("title")).isEqualTo(article.getString("title"));
        }
    }

    @Test
    void should_say_so_and_cite_nothing_when_the_articles_do_not_cover_it() {
        given().contentType(ContentType.JSON).body(Map.of("question", "How do I bake sourdough bread at home?"))
                .when().post("/api/ask")
                .then().statusCode(200)
                .body("grounded", equalTo(false))
                .body("coverage", equalTo("none"))
                .body("citations", empty())
                .body("answer", equalTo(io.newsdesk.answer.Answer.NOT_COVERED));
    }

    @Test
    void a_refusal_says_which_words_of_the_question_no_article_mentions() {
        given().contentType(ContentType.JSON).body(Map.of("question", "Wich hackr group did Austrlia acuse?"))
                .when().post("/api/ask")
                .then().statusCode(200)
                .body("coverage", equalTo("none"))
                .body("citations", empty())
                .body("notice", org.hamcrest.Matchers.startsWith("No article mentions “Wich”, “hackr” or “Austrlia”."));
    }

    @Test
    void on_topic_but_silent_on_the_point_says_what_is_missing_first_then_cites_what_is_reported() {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", "How much did Xiaomi invest in robotaxis in Wuhan?"))
                .when().post("/api/ask").then().statusCode(200).extract().jsonPath();

        assertThat(answer.getString("coverage")).isEqualTo("partial");
        assertThat(answer.getBoolean("grounded")).as("grounded only when fully covered").isFalse();
        assertThat(answer.getString("answer")).startsWith("The articles never mention Xiaomi.");
        assertThat(answer.getList("citations")).isNotEmpty();
        for (Map<String, Object> citation : answer.<Map<String, Object>>getList("citations")) {
            String text = given().get("/api/articles/{id}", citation.get("articleId")).path("text");
            assertThat(text.substring((Integer) citation.get("start"), (Integer) citation.get("end"))).isEqualTo(citation.get("quote"));
        }
        given().contentType(ContentType.JSON).body(Map.of("question", "What tariff did the EU set on Chinese electric cars?"))
                .post("/api/ask").then().body("coverage", equalTo("full")).body("grounded", equalTo(true));
    }

    @Test
    void a_question_in_other_words_than_the_article_is_answered_and_one_the_articles_are_silent_on_is_partial() {
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "Which battery company did American legislators ask the Pentagon to blacklist?"))
                .post("/api/ask").then().statusCode(200)
                .body("coverage", equalTo("full")).body("answer", org.hamcrest.Matchers.containsString("CATL"));
        for (String silent : List.of("How many Apollo Go robotaxis does Baidu operate in Beijing?",
                "Which humanoid robot won the Beijing half-marathon?")) {
            given().contentType(ContentType.JSON).body(Map.of("question", silent))
                    .post("/api/ask").then().statusCode(200)
                    .body("coverage", equalTo("partial")).body("grounded", equalTo(false))
                    .body("answer", org.hamcrest.Matchers.matchesPattern("(?s)The articles (don't say|don't give|give no figure for) .*"));
        }
    }

    @Test
    void a_question_asking_for_a_name_cites_the_sentence_that_gives_it() {
        given().contentType(ContentType.JSON).body(Map.of("question", "Whose software had the vulnerability that Volt Typhoon used?"))
                .post("/api/ask").then().statusCode(200)
                .body("coverage", equalTo("full")).body("answer", org.hamcrest.Matchers.containsString("Versa"));
        given().contentType(ContentType.JSON).body(Map.of("question", "What is the name of Alipay's new contactless payment function?"))
                .post("/api/ask").then().statusCode(200)
                .body("coverage", equalTo("full")).body("answer", org.hamcrest.Matchers.containsString("Tap!"));
    }

    @Test
    void a_who_question_gets_the_neighbouring_sentence_that_names_the_speaker() {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", "Who said Alibaba's Qwen is a clear international leader among LLMs?"))
                .when().post("/api/ask").then().statusCode(200).extract().jsonPath();

        assertThat(answer.getString("coverage")).isEqualTo("full");
        assertThat(answer.getString("answer")).contains("Qwen").contains("Towson said");
        assertThat(answer.getList("citations")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void should_cover_several_articles_for_a_broad_question() {
        JsonPath answer = ask(Map.of("question", "Summarise how Chinese companies use cloud services to reach US AI chips"));

        List<String> articles = answer.getList("citations.articleId");
        assertThat(answer.getBoolean("grounded")).isTrue();
        assertThat(articles.stream().distinct().count()).isGreaterThanOrEqualTo(2);
        assertThat(answer.getList("citations")).hasSizeBetween(2, 5);
    }

    @Test
    void should_resolve_a_follow_up_from_the_history() {
        JsonPath first = ask(Map.of("question", "Which university bought cloud access to Nvidia A100 and H100 chips?"));
        assertThat(first.getString("answer")).contains("Shenzhen University");

        JsonPath followUp = ask(Map.of("question", "How much did they pay?",
                "history", List.of(Map.of("question", "Which university bought cloud access to Nvidia A100 and H100 chips?",
                        "answer", first.getString("answer")))));
        assertThat(followUp.getBoolean("grounded")).isTrue();
        assertThat(followUp.getString("answer")).contains("200,000 yuan");

        JsonPath alone = ask(Map.of("question", "How much did they pay?"));
        assertThat(alone.getString("answer")).doesNotContain("200,000 yuan");
    }

    @Test
    void should_carry_a_chain_of_follow_ups_back_to_the_question_that_stood_alone() {
        String opening = "What did Baidu say about its revenue?";
        JsonPath first = ask(Map.of("question", opening));
        JsonPath why = ask(Map.of("question", "Why?", "history", List.of(Map.of("question", opening, "answer", first.getString("answer")))));
        assertThat(why.getList("citations.title", String.class)).allMatch(title -> title.startsWith("Baidu"));

        JsonPath betting = ask(Map.of("question", "And what is it betting on?", "history", List.of(
                Map.of("question", opening, "answer", first.getString("answer")),
                Map.of("question", "Why?", "answer", why.getString("answer")))));
        assertThat(betting.getBoolean("grounded")).isTrue();
        assertThat(betting.getList("citations.title", String.class)).allMatch(title -> title.startsWith("Baidu"));
        assertThat(betting.getString("answer")).contains("AI");
    }

    @Test
    void should_not_add_a_sentence_from_another_story_that_only_shares_a_word() {
        JsonPath answer = ask(Map.of("question", "How long does a delivery take?"));
        assertThat(answer.getString("answer")).contains("five minutes");
        assertThat(answer.getList("citations.title", String.class))
                .containsOnly("Drone delivery brings food to Great Wall tourists");
    }
}
