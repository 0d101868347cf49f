package io.newsdesk.archive;

import io.newsdesk.support.ServiceProcess;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged service as a real process: what it acknowledged survives a restart, a quick shutdown in the
 * middle of an import, and {@code kill -9}; an interrupted import resumes and ends done.
 */
class ArchiveDurabilityIT {

    @TempDir
    Path home;
    private ServiceProcess service;

    @BeforeEach
    void start() throws Exception {
        Files.copy(Path.of("seeds/004_80804029e5639161.txt"), Files.createDirectories(home.resolve("corpus")).resolve("004.txt"));
        service = new ServiceProcess(home, "newsdesk.corpus.max-file-bytes=200000");
        service.start();
        RestAssured.port = service.port();
    }

    @AfterEach
    void stop() throws Exception {
        service.close();
        RestAssured.reset();
    }

    private static io.restassured.specification.RequestSpecification editor() {
        return given().auth().oauth2(ServiceProcess.EDITOR);
    }

    private static String importBody(String prefix, int count) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            body.append("{\"id\": \"").append(prefix).append(i).append("\", \"title\": \"Parish council minutes ").append(i)
                    .append("\", \"text\": \"The parish council of Kinross discussed item ").append(i)
                    .append(" on the agenda. Councillors agreed to repaint bench number ").append(i)
                    .append(" by the loch. The clerk noted ").append(i).append(" letters from residents.\"}\n");
        }
        return body.toString();
    }

    private static String postImport(String body) {
        return editor().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(202).extract().path("id");
    }

    private static JsonPath job(String id) {
        return editor().get("/api/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitJob(String id, java.util.function.Predicate<JsonPath> done) {
        return io.newsdesk.support.Eventually.get(Duration.ofSeconds(300), () -> job(id), done);
    }

    private static final String PDF_SENTENCE = "The harbourmaster, Elspeth Drever, said the Stromness pier needed strengthening "
            + "before larger vessels could berth there.";

    /** A three-page PDF with running heads, page numbers and hyphenation (see LaidOutDocumentsTest), uploaded. */
    private static String uploadPdf() throws java.io.IOException {
        byte[] pdf = io.newsdesk.documents.LaidOutDocuments.threePages("THE ORKNEY COURIER", "Stromness pier needs work",
                List.of("Representatives of the island communities met in Stromness on Thursday to discuss the ferry "
                                + "timetable and the state of the harbour infrastructure.",
                        PDF_SENTENCE + " Engineering assessments will finish in September.",
                        "Councillors will vote on the repairs next month after a consultation with shipping companies."));
        return editor().multiPart("file", "pier.pdf", pdf, "application/pdf")
                .post("/api/articles").then().statusCode(201).extract().path("id");
    }

    /** The PDF's key sentence is stored whole and quoted verbatim, at its offsets, in the answer. */
    private static void assertPdfAnswered(String id) {
        String text = given().get("/api/articles/" + id).then().statusCode(200).extract().path("text");
        assertThat(text).contains(PDF_SENTENCE).doesNotContain("COURIER").doesNotContain("Page 2 of 3");
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", "Who said the Stromness pier needed strengthening?"))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> citations = answer.getList("citations");
        assertThat(citations).anySatisfy(c -> {
            assertThat(c.get("articleId")).isEqualTo(id);
            assertThat((String) c.get("quote")).contains("Elspeth Drever, said the Stromness pier needed strengthening");
            assertThat(text.substring((Integer) c.get("start"), (Integer) c.get("end"))).isEqualTo(c.get("quote"));
        });
    }

    @Test
    void should_keep_uploads_edits_imports_and_deletes_across_a_restart() throws Exception {
        String pdf = uploadPdf();
        assertPdfAnswered(pdf);
        String uploaded = editor().multiPart("file", "kelp.txt",
                        "Kelp farm opens off Oban\n\nA kelp farm opened off Oban on Monday with 12 hectares of lines.\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/articles").then().statusCode(201).extract().path("id");
        editor().contentType(ContentType.JSON).body(Map.of("title", "Bridge repairs finish early", "text", "Repairs to the Tay road bridge finished two weeks early."))
                .put("/api/articles/bridge").then().statusCode(201);
        String importId = postImport(importBody("restart-", 5));
        awaitJob(importId, j -> j.getString("state").equals("done"));
        String seedArticle = given().get("/api/articles").path("articles.find { it.source == '004.txt' }.id");
        editor().delete("/api/articles/" + seedArticle).then().statusCode(204);
        Files.writeString(home.resolve("corpus/dropped.txt"),
                "Otters return to the River Kelvin\n\nOtters have returned to the River Kelvin in Glasgow for the first time in decades.\n");
        byte[] photo = new byte[20_000];
        new java.util.Random(5).nextBytes(photo);
        Files.write(home.resolve("corpus/photo.jpg"), photo);
        Files.writeString(home.resolve("corpus/huge.txt"), "Huge file\n\n" + "A log line about nothing in particular.\n".repeat(8_000));
        Files.write(home.resolve("corpus/legacy.txt"), ("Caf\u00e9 owners in Perth protest rates\n\n"
                + "Caf\u00e9 owners in Perth protested on Friday against a 9% rise in business rates.\n").getBytes("windows-1252"));
        io.newsdesk.support.Eventually.get(Duration.ofSeconds(60),
                () -> given().get("/api/articles?limit=1000").jsonPath().getList("articles.source", String.class),
                sources -> sources.contains("dropped.txt") && sources.contains("legacy.txt"));
        int total = given().get("/api/articles").path("total");
        List<String> before = given().get("/api/articles?limit=1000").path("articles.source");
        assertThat(before).as("a binary file in the folder is passed over").doesNotContain("photo.jpg");
        assertThat(before).as("a file over max-file-bytes is passed over").doesNotContain("huge.txt");
        assertThat(given().get("/api/articles?limit=1000").jsonPath().getList("articles.title", String.class))
                .as("a file that is not UTF-8 is read as Windows-1252").contains("Caf\u00e9 owners in Perth protest rates");

        service.stop();
        service.start(); // ready again, although the corpus folder holds a binary file

        given().get("/api/articles").then().body("total", equalTo(total));
        given().get("/api/articles/" + uploaded).then().statusCode(200).body("text", containsString("12 hectares"));
        given().get("/api/articles/bridge").then().statusCode(200).body("text", containsString("two weeks early"));
        assertPdfAnswered(pdf);
        List<String> sources = given().get("/api/articles?limit=1000").path("articles.source");
        assertThat(sources).contains("dropped.txt", "legacy.txt").doesNotContain("photo.jpg", "huge.txt");
        assertThat(Files.readString(home.resolve("service.log"))).contains("huge.txt is", "over newsdesk.corpus.max-file-bytes")
                .contains("photo.jpg is not a text file");
        given().get("/api/articles/restart-4").then().statusCode(200);
        given().get("/api/articles/" + seedArticle).then().statusCode(404);
        assertThat(job(importId).getString("state")).isEqualTo("done");
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("question", "How large is the kelp farm off Oban?"))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getList("citations.articleId", String.class)).contains(uploaded);
        assertThat(Files.readString(home.resolve("service.log"))).doesNotContain("Re-embedding");
    }

    @Test
    void should_stop_quickly_during_an_import_and_lose_nothing_acknowledged_to_kill_minus_9() throws Exception {
        int count = 600;
        String id = postImport(importBody("crash-", count));
        awaitJob(id, j -> j.getInt("indexed") >= 32);

        double stopSeconds = service.stop();
        assertThat(stopSeconds).as("shutdown during an import").isLessThan(10);
        service.start();

        String pdf = uploadPdf();
        String conversation = given().auth().oauth2(ServiceProcess.EDITOR).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("question", "Which bench by the loch was repainted?")).post("/api/ask")
                .then().statusCode(200).extract().path("conversationId");
        given().auth().oauth2(ServiceProcess.EDITOR).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("title", "Loch benches")).patch("/api/conversations/{id}", conversation).then().statusCode(200);
        JsonPath beforeKill = awaitJob(id, j -> j.getInt("indexed") >= 96);
        int acknowledged = beforeKill.getInt("indexed");
        service.kill();
        service.start();
        assertPdfAnswered(pdf);
        // and so did the conversation, renamed
        JsonPath kept = given().auth().oauth2(ServiceProcess.EDITOR).get("/api/conversations/{id}", conversation)
                .then().statusCode(200).extract().jsonPath();
        assertThat(kept.getString("title")).isEqualTo("Loch benches");
        assertThat(kept.getList("turns.question")).containsExactly("Which bench by the loch was repainted?");

        for (int i = 0; i < acknowledged; i += 7) {
            given().get("/api/articles/crash-" + i).then().statusCode(200)
                    .body("text", containsString("repaint bench number " + i + " by the loch"));
        }
        JsonPath done = awaitJob(id, j -> j.getString("state").equals("done"));
        assertThat(done.getInt("linesDone")).isEqualTo(count);
        assertThat(done.getInt("errorCount")).isZero();
        List<String> ids = given().queryParam("limit", 1000).get("/api/articles").path("articles.id");
        for (int i = 0; i < count; i++) {
            assertThat(ids).contains("crash-" + i);
        }
        // the audit trail survived kill -9 too: the acknowledged creations and the job's start and finish are in it
        List<String> actions = given().auth().oauth2(ServiceProcess.EDITOR).queryParam("limit", 500)
                .get("/api/audit?article=crash-0").then().statusCode(200).extract().path("entries.action");
        assertThat(actions).containsExactly("create");
        List<String> jobEntries = given().auth().oauth2(ServiceProcess.EDITOR).queryParam("limit", 500).get("/api/audit")
                .then().statusCode(200).extract().path("entries.job");
        assertThat(jobEntries).contains(id);
        System.out.printf("Import interrupted by SIGTERM (stopped in %.1f s) and kill -9 after %d acknowledged articles: "
                + "resumed, all %d indexed%n", stopSeconds, acknowledged, count);
    }
}
