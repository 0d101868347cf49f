package io.newsdesk.documents;

import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/** Editors add files and replace or remove articles; readers can ask about them at once. */
@QuarkusTest
class UploadTest {

    @BeforeEach
    void ready() {
        Ready.await();
    }

    private static Response upload(String fileName, byte[] content, String mime, Map<String, String> fields) {
        var request = given().auth().oauth2(TestKeys.EDITOR).multiPart("file", fileName, content, mime);
        fields.forEach(request::multiPart);
        return request.when().post("/api/articles");
    }

    private static JsonPath ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
    }

    private static void assertCited(String question, String articleId, String fact) {
        JsonPath answer = ask(question);
        assertThat(answer.getBoolean("grounded")).as("grounded: %s", question).isTrue();
        assertThat(answer.getList("citations.articleId", String.class)).contains(articleId);
        assertThat(answer.getString("answer")).contains(fact);
    }

    @Test
    void should_answer_from_an_uploaded_pdf_with_its_title_from_the_metadata() throws IOException {
        byte[] pdf = Fixtures.pdf("Ferry operator orders hydrogen vessels", List.of(
                "The Orcadian ferry operator Northlink ordered three hydrogen-powered vessels on Tuesday.",
                "The vessels will enter service between Kirkwall and Lerwick in 2029, the operator said."), null, null);

        String id = upload("ferries.pdf", pdf, "application/pdf", Map.of()).then().statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .body("title", equalTo("Ferry operator orders hydrogen vessels"))
                .body("source", equalTo("ferries.pdf"))
                .body("chunks", greaterThan(0))
                .extract().path("id");

        assertCited("How many hydrogen-powered vessels did Northlink order?", id, "three hydrogen-powered vessels");
    }

    @Test
    void should_answer_from_an_uploaded_word_file_whatever_its_name_says() throws IOException {
        byte[] docx = Fixtures.docx("Beekeepers report record honey harvest", List.of(
                "Beekeepers in the Tay valley reported a record honey harvest of 41 tonnes this autumn.",
                "The association credited a warm, dry June for the yield."));

        String id = upload("notes.bin", docx, "application/octet-stream", Map.of("publishedAt", "2025-10-02"))
                .then().statusCode(201)
                .body("title", equalTo("Beekeepers report record honey harvest"))
                .body("publishedAt", equalTo("2025-10-02"))
                .extract().path("id");

        assertCited("How much honey did the Tay valley beekeepers harvest?", id, "41 tonnes");
        List<String> dates = ask("How much honey did the Tay valley beekeepers harvest?").getList("citations.publishedAt");
        assertThat(dates).contains("2025-10-02");
    }

    @Test
    void should_strip_page_clutter_from_an_uploaded_html_page() {
        String html = """
                <html><head><title>Tram line reopens | The Courier</title></head><body>
                <nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <header>DOWNLOAD THE APP</header>
                <article><h1>Edinburgh tram line reopens after repairs</h1>
                <p>The tram line between Haymarket and Leith reopened on Monday after six weeks of track repairs.</p>
                <p>Try Our AI Features</p>
                <p>The city council said the repairs cost 2.3 million pounds.</p>
                <p>The city council said the repairs cost 2.3 million pounds.</p>
                </article>
                <aside>Related: Bus fares rise in Glasgow. Glasgow bus fares rise by ten pence.</aside>
                <footer>Leave a Reply</footer><script>alert(1)</script>
                </body></html>
                """;
        String id = upload("tram.html", html.getBytes(StandardCharsets.UTF_8), "text/html", Map.of())
                .then().statusCode(201).body("title", equalTo("Edinburgh tram line reopens after repairs"))
                .extract().path("id");

        String text = given().get("/api/articles/" + id).then().statusCode(200).extract().path("text");
        assertThat(text).contains("reopened on Monday").contains("2.3 million pounds")
                .doesNotContain("DOWNLOAD").doesNotContain("Try Our AI").doesNotContain("Glasgow")
                .doesNotContain("Leave a Reply").doesNotContain("alert");
        assertThat(text.split("2.3 million pounds", -1)).hasSize(2); // the repeated paragraph once
        assertCited("How much did the Edinburgh tram repairs cost?", id, "2.3 million pounds");
    }

    @Test
    void should_take_a_given_title_and_a_markdown_heading() {
        String markdown = "# Harbour wall collapses in storm\n\nPart of the harbour wall at Stonehaven collapsed during Storm Amy on Friday night.\n";
        upload("wall.md", markdown.getBytes(StandardCharsets.UTF_8), "text/markdown", Map.of())
                .then().statusCode(201).body("title", equalTo("Harbour wall collapses in storm"));
        String id = upload("wall-2.txt", markdown.getBytes(StandardCharsets.UTF_8), "text/plain", Map.of("title", "Stonehaven storm damage"))
                .then().statusCode(201).body("title", equalTo("Stonehaven storm damage")).extract().path("id");
        int total = given().get("/api/articles").path("total");

        // the same file again, retitled: it replaces the article
        upload("wall-2.txt", markdown.getBytes(StandardCharsets.UTF_8), "text/plain", Map.of("title", "Stonehaven harbour damage"))
                .then().statusCode(201).body("id", equalTo(id)).body("title", equalTo("Stonehaven harbour damage"));
        given().get("/api/articles").then().body("total", equalTo(total));
    }

    @Test
    void should_refuse_hostile_uploads_with_a_reason_and_keep_answering() throws IOException {
        upload("empty.txt", new byte[0], "text/plain", Map.of()).then().statusCode(400)
                .contentType(ContentType.JSON).body("message", containsString("empty"));
        upload("big.txt", "word ".repeat(2_200_000).getBytes(StandardCharsets.UTF_8), "text/plain", Map.of())
                .then().statusCode(413).contentType(ContentType.JSON);
        upload("bomb.docx", Fixtures.zipBomb(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Map.of())
                .then().statusCode(422).contentType(ContentType.JSON);
        byte[] locked = Fixtures.pdf("Secret minutes", List.of("The board met in secret."), "owner", "reader");
        upload("locked.pdf", locked, "application/pdf", Map.of()).then().statusCode(422)
                .body("message", containsString("encrypted"));
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        upload("report.pdf", noise, "application/pdf", Map.of()).then().statusCode(415)
                .body("message", containsString("not accepted"));
        upload("notes.txt", "Some text".getBytes(StandardCharsets.UTF_8), "text/plain", Map.of("publishedAt", "last Tuesday"))
                .then().statusCode(400).body("message", containsString("publishedAt"));
        given().auth().oauth2(TestKeys.EDITOR).multiPart("document", "x.txt", "hello".getBytes(), "text/plain")
                .post("/api/articles").then().statusCode(400).body("message", containsString("\"file\""));
        given().auth().oauth2(TestKeys.READER).multiPart("file", "x.txt", "hello there".getBytes(), "text/plain")
                .post("/api/articles").then().statusCode(403);
        given().auth().oauth2(TestKeys.EDITOR).contentType("multipart/form-data; boundary=zz").body("garbage, no parts".getBytes(StandardCharsets.UTF_8))
                .post("/api/articles").then().statusCode(400).contentType(ContentType.JSON)
                .body("message", containsString("malformed"));
        given().queryParam("limit", "abc").get("/api/articles").then().statusCode(400).body("message", containsString("\"limit\""));

        given().get("/q/health/ready").then().statusCode(200);
        assertThat(ask("Which hacker group did Australia accuse?").getBoolean("grounded")).isTrue();
    }

    @Test
    void should_never_show_the_old_text_after_a_replace_or_a_delete() {
        String body = "{\"title\": \"Library extends opening hours\", \"text\": \"The Dundee central library will open until 9pm on Thursdays from March.\"}";
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON).body(body)
                .put("/api/articles/library-hours").then().statusCode(201);
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                .body("{\"title\": \"Library extends opening hours\", \"text\": \"The Dundee central library will open until 10pm on Fridays from April.\", \"publishedAt\": \"2025-02-20\"}")
                .put("/api/articles/library-hours").then().statusCode(200).body("publishedAt", equalTo("2025-02-20"));

        List<String> texts = given().queryParam("q", "Dundee central library opening hours").get("/api/search").path("results.text");
        assertThat(String.join(" ", texts)).contains("10pm on Fridays").doesNotContain("9pm on Thursdays");

        given().auth().oauth2(TestKeys.EDITOR).delete("/api/articles/library-hours").then().statusCode(204);
        given().get("/api/articles/library-hours").then().statusCode(404);
        List<String> after = given().queryParam("q", "Dundee central library opening hours").queryParam("mode", "keyword")
                .get("/api/search").path("results.text");
        assertThat(String.join(" ", after)).doesNotContain("Dundee central library");
        given().auth().oauth2(TestKeys.EDITOR).delete("/api/articles/library-hours").then().statusCode(404);
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON).body("{\"title\": \"No text\"}")
                .put("/api/articles/x").then().statusCode(400).body("message", containsString("text"));
    }

    @Test
    void should_refuse_articles_of_nothing_readable_and_links_that_are_not_web_addresses() {
        for (String text : List.of("\\u0000\\u0001", "\\u200b\\u200e", "😀😀 ?!")) {
            given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                    .body("{\"title\": \"Nothing to read\", \"text\": \"" + text + "\"}")
                    .put("/api/articles/unreadable").then().statusCode(400).body("message", containsString("no words"));
        }
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                .body("{\"title\": \"\\u0000\\u200b\", \"text\": \"Ferries in Oslo run on batteries.\"}")
                .put("/api/articles/unreadable").then().statusCode(400).body("message", containsString("title"));
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                .body("{\"title\": \"Oslo ferries\", \"text\": \"Ferries in Oslo run on batteries.\", \"url\": \"javascript:alert(1)\"}")
                .put("/api/articles/unreadable").then().statusCode(400).body("message", containsString("http or https"));
        upload("notes.txt", "Ferries in Oslo run on batteries.".getBytes(StandardCharsets.UTF_8), "text/plain",
                Map.of("url", "javascript:alert(1)")).then().statusCode(400).body("message", containsString("http or https"));
        upload("emoji.txt", "😀 😀 😀\n\n?! …".getBytes(StandardCharsets.UTF_8), "text/plain", Map.of())
                .then().statusCode(422).body("message", containsString("no article text"));
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                .body("{\"title\": \"Oslo ferries\", \"text\": \"Ferries in Oslo run on batteries.\"}")
                .put("/api/articles/{id}", "\u200b").then().statusCode(400).body("message", containsString("visible"));
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "A very long article", "text", "Ferries run. ".repeat(80_000)))
                .put("/api/articles/unreadable").then().statusCode(413).body("message", containsString("at most 1000000"));
        given().get("/api/articles/unreadable").then().statusCode(404);

        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                .body("{\"title\": \"Oslo\\u0000ferries\", \"text\": \"Ferries\\u0000in Oslo now run on batteries\\u200b, the city said.\"}")
                .put("/api/articles/oslo-ferries").then().statusCode(201);
        given().get("/api/articles/oslo-ferries").then().statusCode(200)
                .body("title", equalTo("Oslo ferries"))
                .body("text", equalTo("Ferries in Oslo now run on batteries, the city said."));
        given().auth().oauth2(TestKeys.EDITOR).delete("/api/articles/oslo-ferries").then().statusCode(204);
    }

    @Test
    void should_page_through_the_articles() {
        JsonPath first = given().queryParam("limit", 5).get("/api/articles").then().statusCode(200).extract().jsonPath();
        int total = first.getInt("total");
        assertThat(total).isGreaterThanOrEqualTo(32);
        assertThat(first.getList("articles")).hasSize(5);
        assertThat(first.getString("articles[0].source")).isNotBlank();
        List<String> second = given().queryParam("limit", 5).queryParam("offset", 5).get("/api/articles").path("articles.id");
        assertThat(second).hasSize(5).doesNotContainAnyElementsOf(first.getList("articles.id"));
        given().queryParam("offset", total).get("/api/articles").then().statusCode(200).body("articles.size()", equalTo(0));
        given().queryParam("limit", 1001).get("/api/articles").then().statusCode(400).body("message", containsString("limit"));
        given().queryParam("offset", -1).get("/api/articles").then().statusCode(400);
    }

    @Test
    void should_refuse_to_fetch_a_private_address_by_default() {
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON).body("{\"url\": \"http://127.0.0.1:9/admin\"}")
                .post("/api/articles").then().statusCode(403).body("message", containsString("allow-private"));
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON).body("{\"url\": \"http://169.254.169.254/latest/meta-data\"}")
                .post("/api/articles").then().statusCode(403);
        given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON).body("{\"url\": \"file:///etc/passwd\"}")
                .post("/api/articles").then().statusCode(400).body("message", containsString("http"));
    }
}
