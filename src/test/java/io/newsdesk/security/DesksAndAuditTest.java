package io.newsdesk.security;

import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Desks with rights of their own: an investigations desk read by one key and edited by another, beside the
 * service-wide editor and reader keys. What one may not read is as absent; what one may not edit is refused; every
 * change is in the audit trail, with what the article said before.
 */
@QuarkusTest
@TestProfile(DesksAndAuditTest.Profile.class)
public class DesksAndAuditTest {

    public static final String INVESTIGATIONS_READER = "investigations-reader-key";
    public static final String INVESTIGATIONS_EDITOR = "investigations-editor-key";
    private static final String ID = "desk-test-memo";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsdesk.desks.investigations.read-keys", INVESTIGATIONS_READER,
                    "newsdesk.desks.investigations.edit-keys", INVESTIGATIONS_EDITOR,
                    "newsdesk.desks.investigations.read-groups", "legal",
                    "newsdesk.desks.investigations.edit-groups", "investigations",
                    "mp.jwt.verify.publickey.location", "jwt-public.pem",
                    "mp.jwt.verify.issuer", ClosedReadsProfile.ISSUER,
                    "%test.newsdesk.data.path", "${test.newsdesk.data:target/test-data/default}/desks");
        }
    }

    private static RequestSpecification as(String key) {
        return key == null ? given() : given().auth().oauth2(key);
    }

    private static void put(String key, String text, int... statuses) {
        int status = as(key).contentType(ContentType.JSON)
                .body(Map.of("title", "Harbour contract memo", "text", text, "desk", "investigations"))
                .put("/api/articles/{id}", ID).then().extract().statusCode();
        assertThat(List.of(200, 201, 403)).contains(status);
        assertThat(statuses).contains(status);
    }

    @BeforeEach
    void memo() {
        Ready.await();
        put(INVESTIGATIONS_EDITOR, "The Vellacourt harbour contract was signed by Ossian Brandt, the memo says. "
                + "Brandt paid Vellacourt officials to win the harbour contract.", 200, 201);
    }

    @Test
    void readers_without_the_desk_see_nothing_of_it_anywhere() {
        for (String key : new String[] {null, TestKeys.READER, TestKeys.EDITOR}) {
            String search = as(key).queryParam("q", "Vellacourt harbour contract Ossian Brandt").get("/api/search")
                    .then().statusCode(200).extract().asString();
            assertThat(search).doesNotContain("Vellacourt").doesNotContain("Brandt");
            as(key).get("/api/articles/{id}", ID).then().statusCode(404);
            assertThat(as(key).queryParam("limit", 1000).get("/api/articles").asString()).doesNotContain(ID);
            String answer = as(key).contentType(ContentType.JSON)
                    .body(Map.of("question", "Who signed the Vellacourt harbour contract?"))
                    .post("/api/ask").then().statusCode(200).extract().asString();
            assertThat(answer).doesNotContain("Brandt").doesNotContain("Vellacourt");
            assertThat(as(key).contentType(ContentType.JSON).body(Map.of("question", "Who signed the Vellacourt harbour contract?"))
                    .post("/api/ask/stream").asString()).doesNotContain("Brandt");
        }
    }

    @Test
    void the_desks_readers_find_it_and_the_total_counts_it_only_for_them() {
        JsonPath answer = as(INVESTIGATIONS_READER).contentType(ContentType.JSON)
                .body(Map.of("question", "Who signed the Vellacourt harbour contract?"))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("answer")).contains("Ossian Brandt");
        assertThat(answer.getList("citations.desk", String.class)).contains("investigations");
        as(INVESTIGATIONS_READER).get("/api/articles/{id}", ID).then().statusCode(200).body("desk", equalTo("investigations"));
        int withDesk = as(INVESTIGATIONS_READER).get("/api/articles?limit=1").then().extract().path("total");
        int without = as(TestKeys.READER).get("/api/articles?limit=1").then().extract().path("total");
        assertThat(withDesk).isEqualTo(without + 1);
        assertThat(as(INVESTIGATIONS_READER).queryParam("desk", "investigations").get("/api/articles").then().statusCode(200)
                .extract().<List<String>>path("articles.id")).containsExactly(ID);
    }

    @Test
    void only_the_desks_editors_change_it_and_the_trail_keeps_what_it_said() {
        put(TestKeys.EDITOR, "Nothing happened.", 403);
        put(INVESTIGATIONS_READER, "Nothing happened.", 403);
        as(TestKeys.EDITOR).delete("/api/articles/{id}", ID).then().statusCode(404);
        // a desk-only editor may not move it to a desk it does not edit
        as(INVESTIGATIONS_EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Harbour contract memo", "text", "Moved.", "desk", "general"))
                .put("/api/articles/{id}", ID).then().statusCode(403);

        put(INVESTIGATIONS_EDITOR, "Vandalised.", 200);
        JsonPath trail = as(INVESTIGATIONS_EDITOR).queryParam("article", ID).get("/api/audit").then().statusCode(200)
                .extract().jsonPath();
        assertThat(trail.getString("entries[0].action")).isEqualTo("replace");
        assertThat(trail.getString("entries[0].who")).isEqualTo(ApiKeys.fingerprint(INVESTIGATIONS_EDITOR));
        assertThat(trail.getString("entries[0].previousText")).contains("Ossian Brandt");
        assertThat(trail.getString("entries[0].hashBefore")).isNotEqualTo(trail.getString("entries[0].hashAfter"));
        assertThat(trail.getString("entries[0].path")).isEqualTo("api");

        assertThat(as(TestKeys.EDITOR).queryParam("article", ID).get("/api/audit").then().statusCode(200)
                .extract().<List<?>>path("entries")).as("the general desk's editor sees no entry of investigations").isEmpty();
        as(TestKeys.READER).get("/api/audit").then().statusCode(403);
    }

    @Test
    void the_audit_trail_pages_and_filters() {
        as(TestKeys.EDITOR).contentType(ContentType.JSON).body(Map.of("title", "Audit page test", "text", "A plain note."))
                .put("/api/articles/{id}", "audit-page-test").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        as(TestKeys.EDITOR).delete("/api/articles/{id}", "audit-page-test").then().statusCode(204);
        JsonPath first = as(TestKeys.EDITOR).queryParam("article", "audit-page-test").queryParam("limit", 1)
                .get("/api/audit").then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("entries[0].action")).isEqualTo("delete");
        assertThat(first.getString("entries[0].previousText")).isEqualTo("A plain note.");
        JsonPath next = as(TestKeys.EDITOR).queryParam("article", "audit-page-test").queryParam("limit", 1)
                .queryParam("after", first.getString("next")).get("/api/audit").then().statusCode(200).extract().jsonPath();
        assertThat(next.getString("entries[0].action")).isIn("create", "replace");
        as(TestKeys.EDITOR).queryParam("from", "yesterday").get("/api/audit").then().statusCode(400);
    }

    @Test
    void a_bad_desk_name_is_refused_and_a_desk_filter_cannot_widen_rights() {
        as(TestKeys.EDITOR).contentType(ContentType.JSON).body(Map.of("title", "x", "text", "Some words here.", "desk", "../etc"))
                .put("/api/articles/{id}", "bad-desk").then().statusCode(400).body("message", org.hamcrest.Matchers.containsString("\"desk\""));
        assertThat(as(TestKeys.READER).queryParam("q", "Vellacourt").queryParam("desk", "investigations").get("/api/search")
                .then().statusCode(200).extract().<List<?>>path("results")).isEmpty();
    }

    @Test
    void each_reader_is_offered_the_desks_it_may_read_and_told_which_it_edits() {
        assertThat(as(TestKeys.READER).get("/api/articles/desks").then().statusCode(200).extract().<List<String>>path("desk"))
                .as("a reader without the desk is not told it exists").doesNotContain("investigations").contains("general");
        JsonPath reader = as(INVESTIGATIONS_READER).get("/api/articles/desks").then().statusCode(200).extract().jsonPath();
        assertThat(reader.getList("desk", String.class)).contains("general", "investigations");
        assertThat(reader.getInt("find { it.desk == 'investigations' }.articles")).isEqualTo(1);
        assertThat(reader.getBoolean("find { it.desk == 'investigations' }.editable")).isFalse();
        JsonPath editor = as(INVESTIGATIONS_EDITOR).get("/api/articles/desks").then().statusCode(200).extract().jsonPath();
        assertThat(editor.getBoolean("find { it.desk == 'investigations' }.editable")).isTrue();
        assertThat(editor.getBoolean("find { it.desk == 'general' }.editable")).as("its key edits only its desk").isFalse();
        assertThat(as(TestKeys.EDITOR).get("/api/articles/desks").then().extract().jsonPath()
                .getBoolean("find { it.desk == 'general' }.editable")).isTrue();
    }

    @Test
    void feedback_on_an_answer_from_the_desk_is_listed_only_to_editors_who_may_read_it() {
        JsonPath answer = as(INVESTIGATIONS_READER).contentType(ContentType.JSON)
                .body(Map.of("question", "Who signed the Vellacourt harbour contract?"))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
        String comment = "feedback-" + java.util.UUID.randomUUID();
        as(INVESTIGATIONS_READER).contentType(ContentType.JSON)
                .body(Map.of("question", "Who signed the Vellacourt harbour contract?", "answer", answer.getString("answer"),
                        "helpful", false, "comment", comment, "articles", answer.getList("citations.articleId")))
                .post("/api/feedback").then().statusCode(201);

        String general = as(TestKeys.EDITOR).queryParam("limit", 1000).get("/api/feedback").then().statusCode(200).extract().asString();
        assertThat(general).doesNotContain(comment).doesNotContain("Brandt");
        String desk = as(INVESTIGATIONS_EDITOR).queryParam("limit", 1000).get("/api/feedback").then().statusCode(200).extract().asString();
        assertThat(desk).contains(comment).contains("Brandt");
        int generalTotal = as(TestKeys.EDITOR).get("/api/feedback").then().extract().path("total");
        int deskTotal = as(INVESTIGATIONS_EDITOR).get("/api/feedback").then().extract().path("total");
        assertThat(generalTotal).as("the total does not count what is withheld").isLessThan(deskTotal);
    }

    @Test
    void jwt_groups_give_the_desks_rights_their_lists_name() throws Exception {
        String legal = ClosedReadsTest.token(java.util.Set.of("legal"), ClosedReadsProfile.ISSUER);
        String desk = ClosedReadsTest.token(java.util.Set.of("investigations"), ClosedReadsProfile.ISSUER);
        String other = ClosedReadsTest.token(java.util.Set.of("reader"), ClosedReadsProfile.ISSUER);

        as(legal).get("/api/articles/{id}", ID).then().statusCode(200);
        assertThat(as(legal).contentType(ContentType.JSON).body(Map.of("question", "Who signed the Vellacourt harbour contract?"))
                .post("/api/ask").then().statusCode(200).extract().<String>path("answer")).contains("Ossian Brandt");
        put(legal, "Vandalised.", 403);
        as(other).get("/api/articles/{id}", ID).then().statusCode(404);
        put(desk, "The Vellacourt harbour contract was signed by Ossian Brandt, the memo says. "
                + "Brandt paid Vellacourt officials to win the harbour contract. The desk checked the memo.", 200);
        assertThat(as(desk).queryParam("article", ID).get("/api/audit").then().statusCode(200).extract().<List<String>>path("entries.who"))
                .as("the trail names the token's subject").contains("jwt:alice@newsroom.test");
    }

    @Test
    void a_shared_conversation_withholds_what_its_reader_may_not_read() {
        String id = as(INVESTIGATIONS_READER).contentType(ContentType.JSON)
                .body(Map.of("question", "Who signed the Vellacourt harbour contract?")).post("/api/ask")
                .then().statusCode(200).extract().path("conversationId");
        String url = as(INVESTIGATIONS_READER).post("/api/conversations/{id}/share", id).then().statusCode(200).extract().path("url");
        String token = url.substring(url.indexOf('=') + 1);

        String outsider = as(TestKeys.READER).get("/api/shared/{token}", token).then().statusCode(200).extract().asString();
        assertThat(outsider).doesNotContain("Brandt").doesNotContain(ID).contains("withheld");
        assertThat(as(INVESTIGATIONS_EDITOR).get("/api/shared/{token}", token).then().statusCode(200).extract().asString())
                .contains("Ossian Brandt");
        assertThat(as(INVESTIGATIONS_READER).get("/api/conversations/{id}/export", id).then().statusCode(200).extract().asString())
                .contains("Ossian Brandt").contains("[^1-1]: **Harbour contract memo**");
    }
}
