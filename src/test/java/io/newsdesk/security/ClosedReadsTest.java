package io.newsdesk.security;

import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(ClosedReadsProfile.class)
class ClosedReadsTest {

    private static final Map<String, String> QUESTION = Map.of("question", "Which hacker group did Australia accuse?");

    @BeforeEach
    void ready() {
        Ready.await();
    }

    static String token(Set<String> groups, String issuer) throws Exception {
        PrivateKey key = KeyUtils.readPrivateKey("jwt-private.pem");
        return Jwt.issuer(issuer).upn("alice@newsroom.test").groups(groups).expiresIn(300).sign(key);
    }

    @Test
    void reads_need_a_reader_or_editor_key() {
        given().contentType(ContentType.JSON).body(QUESTION).post("/api/ask").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer").body("message", containsString("reader"));
        given().auth().oauth2("none").contentType(ContentType.JSON)
                .body(Map.of("model", "newsdesk", "messages", List.of(Map.of("role", "user", "content", "hi"))))
                .post("/v1/chat/completions").then().statusCode(401);
        given().get("/api/articles").then().statusCode(401);
        given().queryParam("q", "tariff").get("/api/search").then().statusCode(401);

        given().auth().oauth2(TestKeys.READER).contentType(ContentType.JSON).body(QUESTION)
                .post("/api/ask").then().statusCode(200).body("grounded", equalTo(true));
        given().auth().oauth2(TestKeys.EDITOR).get("/api/articles").then().statusCode(200);
        // the chat page itself and health stay reachable
        given().get("/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void a_token_with_the_editor_group_may_write_and_one_with_reader_may_only_read() throws Exception {
        String editor = token(Set.of(Roles.EDITOR), ClosedReadsProfile.ISSUER);
        String reader = token(Set.of(Roles.READER), ClosedReadsProfile.ISSUER);
        byte[] article = "{\"id\":\"jwt-1\",\"title\":\"Tram line opens\",\"text\":\"The new tram line opened on Friday.\"}\n"
                .getBytes(StandardCharsets.UTF_8);

        given().auth().oauth2(editor).contentType("application/x-ndjson").body(article)
                .post("/api/articles/import").then().statusCode(202).body("state", equalTo("queued"));
        given().auth().oauth2(editor).get("/api/feedback").then().statusCode(200);
        given().auth().oauth2(reader).contentType("application/x-ndjson").body(article)
                .post("/api/articles/import").then().statusCode(403);
        given().auth().oauth2(reader).contentType(ContentType.JSON).body(QUESTION)
                .post("/api/ask").then().statusCode(200);
    }

    @Test
    void a_forged_or_foreign_token_gets_401() throws Exception {
        String foreign = token(Set.of(Roles.EDITOR), "https://elsewhere.example");
        given().auth().oauth2(foreign).get("/api/feedback").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        String editor = token(Set.of(Roles.EDITOR), ClosedReadsProfile.ISSUER);
        String tampered = editor.substring(0, editor.length() - 4) + "AAAA";
        given().auth().oauth2(tampered).get("/api/feedback").then().statusCode(401);
    }

    @Test
    void a_burst_past_the_limit_gets_429_other_clients_are_unaffected_and_requests_pass_after_the_wait() throws Exception {
        for (int i = 0; i < ClosedReadsProfile.PER_MINUTE; i++) {
            given().auth().oauth2("rate-key-a").queryParam("q", "tariff " + i).get("/api/search").then().statusCode(200);
        }
        Response refused = given().auth().oauth2("rate-key-a").queryParam("q", "tariff").get("/api/search");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/json");
        assertThat(refused.jsonPath().getString("message")).contains("too many questions");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        given().auth().oauth2("rate-key-a").contentType(ContentType.JSON).body(QUESTION)
                .post("/api/ask").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());

        given().auth().oauth2("rate-key-b").queryParam("q", "tariff").get("/api/search").then().statusCode(200);

        Thread.sleep(retryAfter * 1000 + 200);
        given().auth().oauth2("rate-key-a").queryParam("q", "tariff").get("/api/search").then().statusCode(200);
    }
}
