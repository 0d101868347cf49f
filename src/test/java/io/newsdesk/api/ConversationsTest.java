package io.newsdesk.api;

import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Conversations kept on the server, per person: continued, listed, searched, renamed, deleted, shared, exported. */
@QuarkusTest
class ConversationsTest {

    private static final String OPENING = "Which university bought cloud access to Nvidia A100 and H100 chips?";

    @BeforeEach
    void ready() {
        Ready.await();
    }

    private static RequestSpecification as(String key) {
        return given().auth().oauth2(key);
    }

    private static JsonPath ask(RequestSpecification who, Map<String, Object> body) {
        return who.contentType(ContentType.JSON).body(body).post("/api/ask").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_conversation_is_continued_by_its_id_and_its_history_answers_the_follow_up() {
        JsonPath first = ask(as(TestKeys.READER), Map.of("question", OPENING));
        String id = first.getString("conversationId");
        assertThat(id).isNotBlank();
        assertThat(first.getString("answer")).contains("Shenzhen University");

        JsonPath followUp = ask(as(TestKeys.READER), Map.of("question", "How much did they pay?", "conversationId", id));
        assertThat(followUp.getString("conversationId")).isEqualTo(id);
        assertThat(followUp.getString("answer")).as("the stored turns are the history").contains("200,000 yuan");

        JsonPath conversation = as(TestKeys.READER).get("/api/conversations/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(conversation.getString("title")).isEqualTo(OPENING);
        assertThat(conversation.getList("turns.question")).containsExactly(OPENING, "How much did they pay?");
        assertThat(conversation.getString("turns[1].answer.answer")).contains("200,000 yuan");
        assertThat(conversation.getList("turns[0].answer.citations")).isNotEmpty();

        JsonPath list = as(TestKeys.READER).get("/api/conversations").then().statusCode(200).extract().jsonPath();
        assertThat(list.getString("conversations[0].id")).as("most recently used first").isEqualTo(id);
        assertThat(list.getInt("conversations[0].questions")).isEqualTo(2);
    }

    @Test
    void the_stream_adds_to_the_conversation_and_names_it_in_its_done_event() {
        String id = ask(as(TestKeys.READER), Map.of("question", OPENING)).getString("conversationId");
        String events = as(TestKeys.READER).contentType(ContentType.JSON).accept("text/event-stream")
                .body(Map.of("question", "How much did they pay?", "conversationId", id))
                .post("/api/ask/stream").then().statusCode(200).extract().asString();
        assertThat(events).containsPattern("event: ?done").contains("\"conversationId\":\"" + id + "\"").contains("200,000 yuan");
        assertThat(as(TestKeys.READER).get("/api/conversations/{id}", id).then().extract().<List<String>>path("turns.question"))
                .hasSize(2);
    }

    @Test
    void one_person_never_reaches_anothers_conversation() {
        String secret = "zanthoric " + UUID.randomUUID();
        String id = ask(as(TestKeys.READER), Map.of("question", "Did anyone report on " + secret + "?")).getString("conversationId");

        for (RequestSpecification other : List.of(as(TestKeys.EDITOR), given())) {
            assertThat(other.get("/api/conversations?limit=200").then().statusCode(200).extract().asString()).doesNotContain(id).doesNotContain(secret);
        }
        as(TestKeys.EDITOR).get("/api/conversations/{id}", id).then().statusCode(404);
        as(TestKeys.EDITOR).get("/api/conversations/{id}/export", id).then().statusCode(404);
        as(TestKeys.EDITOR).contentType(ContentType.JSON).body(Map.of("title", "mine now")).patch("/api/conversations/{id}", id)
                .then().statusCode(404);
        as(TestKeys.EDITOR).delete("/api/conversations/{id}", id).then().statusCode(404);
        as(TestKeys.EDITOR).post("/api/conversations/{id}/share", id).then().statusCode(404);
        as(TestKeys.EDITOR).contentType(ContentType.JSON).body(Map.of("question", "And then?", "conversationId", id))
                .post("/api/ask").then().statusCode(404).body("message", org.hamcrest.Matchers.containsString("of yours"));
        assertThat(as(TestKeys.READER).get("/api/conversations/{id}", id).then().statusCode(200).extract().<String>path("title"))
                .contains(secret);
    }

    @Test
    void browsers_without_a_key_each_get_their_own_by_a_cookie() {
        Response first = given().contentType(ContentType.JSON).body(Map.of("question", OPENING)).post("/api/ask");
        String cookie = first.getCookie("newsdesk-browser");
        assertThat(cookie).matches("[0-9a-f]{32}");
        assertThat(first.getDetailedCookie("newsdesk-browser").isHttpOnly()).isTrue();
        String id = first.jsonPath().getString("conversationId");

        assertThat(given().cookie("newsdesk-browser", cookie).get("/api/conversations").then().statusCode(200)
                .extract().<List<String>>path("conversations.id")).contains(id);
        assertThat(given().cookie("newsdesk-browser", "0".repeat(32)).get("/api/conversations").then().statusCode(200)
                .extract().<List<String>>path("conversations.id")).doesNotContain(id);
        given().get("/api/conversations/{id}", id).then().statusCode(404);
    }

    @Test
    void conversations_are_searched_by_their_words_renamed_paged_and_deleted() {
        String key = "test-editor-key";
        String word = "quillfeather" + UUID.randomUUID().toString().substring(0, 6);
        String a = ask(as(key), Map.of("question", "What happened to the " + word + " tariffs?")).getString("conversationId");
        String b = ask(as(key), Map.of("question", OPENING)).getString("conversationId");

        assertThat(as(key).queryParam("q", word).get("/api/conversations").then().statusCode(200).extract()
                .<List<String>>path("conversations.id")).containsExactly(a);
        assertThat(as(key).queryParam("q", "shenzhen university").get("/api/conversations").then().extract()
                .<List<String>>path("conversations.id")).as("words of the answers count too").contains(b).doesNotContain(a);

        as(key).contentType(ContentType.JSON).body(Map.of("title", "Tariff notes")).patch("/api/conversations/{id}", a)
                .then().statusCode(200).body("title", org.hamcrest.Matchers.equalTo("Tariff notes"));
        as(key).contentType(ContentType.JSON).body(Map.of("title", " ")).patch("/api/conversations/{id}", a)
                .then().statusCode(400).body("message", org.hamcrest.Matchers.containsString("title"));
        as(key).contentType(ContentType.JSON).body(Map.of("title", "x".repeat(201))).patch("/api/conversations/{id}", a)
                .then().statusCode(400);

        JsonPath page = as(key).queryParam("limit", 1).get("/api/conversations").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("conversations")).hasSize(1);
        assertThat(page.getInt("total")).isGreaterThanOrEqualTo(2);
        as(key).queryParam("limit", 0).get("/api/conversations").then().statusCode(400);

        as(key).delete("/api/conversations/{id}", a).then().statusCode(204);
        as(key).get("/api/conversations/{id}", a).then().statusCode(404);
        assertThat(as(key).queryParam("q", word).get("/api/conversations").then().extract().<Integer>path("total")).isZero();
    }

    @Test
    void a_shared_link_is_read_by_others_until_its_owner_ends_it() {
        String id = ask(as(TestKeys.READER), Map.of("question", OPENING)).getString("conversationId");
        String url = as(TestKeys.READER).post("/api/conversations/{id}/share", id).then().statusCode(200).extract().path("url");
        assertThat(url).startsWith("/?shared=");
        String token = url.substring("/?shared=".length());

        JsonPath seen = given().get("/api/shared/{token}", token).then().statusCode(200).extract().jsonPath();
        assertThat(seen.getString("title")).isEqualTo(OPENING);
        assertThat(seen.getString("turns[0].answer.answer")).contains("Shenzhen University");
        assertThat(seen.getString("id")).as("the link does not give the conversation's id").isNull();
        assertThat(as(TestKeys.READER).get("/api/conversations/{id}", id).then().extract().<String>path("shareUrl")).isEqualTo(url);

        as(TestKeys.READER).delete("/api/conversations/{id}/share", id).then().statusCode(204);
        given().get("/api/shared/{token}", token).then().statusCode(404);
        given().get("/api/shared/{token}", "not-a-token").then().statusCode(404);
    }

    @Test
    void a_conversation_exports_as_markdown_with_footnoted_sources_and_as_json() {
        String id = ask(as(TestKeys.READER), Map.of("question", OPENING)).getString("conversationId");
        ask(as(TestKeys.READER), Map.of("question", "How much did they pay?", "conversationId", id));
        Response md = as(TestKeys.READER).get("/api/conversations/{id}/export?format=markdown", id);
        md.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/markdown"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".md"));
        String text = md.asString();
        assertThat(text).startsWith("# " + OPENING).contains("## How much did they pay?").contains("[^1-1]")
                .contains("[^2-1]: **").contains("“").doesNotContainPattern("\\[\\d+\\]");
        JsonPath json = as(TestKeys.READER).get("/api/conversations/{id}/export?format=json", id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(json.getList("turns")).hasSize(2);
        as(TestKeys.READER).get("/api/conversations/{id}/export?format=pdf", id).then().statusCode(400)
                .body("message", org.hamcrest.Matchers.containsString("markdown or json"));
    }
}
