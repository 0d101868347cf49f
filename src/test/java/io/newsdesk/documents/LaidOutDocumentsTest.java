package io.newsdesk.documents;

import io.newsdesk.support.BrowserAvailable;
import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents as staff save them: after upload, the stored text reads as the source does (sentences whole, page
 * furniture gone, columns in order), the title and date are the document's own, and a question about a key
 * sentence is answered with that sentence, quoted verbatim at its offsets in the stored text.
 */
@QuarkusTest
class LaidOutDocumentsTest {

    @BeforeEach
    void ready() {
        Ready.await();
    }

    @Test
    @ExtendWith(BrowserAvailable.class)
    void a_page_printed_by_chromium_keeps_its_sentences_and_drops_the_print_header_and_footer(@TempDir Path folder)
            throws IOException, InterruptedException {
        String story = "Harbour engineers in Keelbay repainted the Zorvath lighthouse teal after a council vote of nine to two. "
                + "The work took eleven days and cost 48,000 pounds, paid from the harbour trust's maintenance fund. "
                + "Fishermen had asked for a brighter colour after two near-misses on the rocks below the tower last winter.";
        byte[] pdf = LaidOutDocuments.printedByChromium(
                "<html><body><h1>Lighthouse painted</h1><p>" + story + "</p></body></html>", folder);

        Stored stored = upload("lighthouse.pdf", pdf, "application/pdf");

        assertThat(stored.title).isEqualTo("Lighthouse painted");
        assertThat(stored.publishedAt).as("the print moment is not the publication").isNull();
        assertThat(stored.text).isEqualTo(story)
                .doesNotContain("pdf.html").doesNotContain("file:").doesNotContain("1/1");
        assertQuoted("What colour was the Zorvath lighthouse repainted?", stored,
                "Harbour engineers in Keelbay repainted the Zorvath lighthouse teal after a council vote of nine to two.");
        assertQuoted("How did the council vote on the Zorvath lighthouse?", stored, "a council vote of nine to two");
    }

    @Test
    void a_two_column_pdf_is_read_column_by_column() throws IOException {
        List<String> left = List.of(
                "Six tidal turbines anchored on the seabed of the Pentland Firth began sending power to the grid on Monday, "
                        + "the operator Orbital Marine said.",
                "Each turbine spins in currents of up to five metres a second and can power about 1,700 homes at full tide.");
        List<String> right = List.of(
                "Crab fishermen in Scrabster said they had been promised a share of the harbour fees but had seen nothing "
                        + "in writing.",
                "The operator plans a further twelve turbines by 2029 if the first winter of output meets its forecasts.");
        byte[] pdf = LaidOutDocuments.twoColumns("Tidal turbines switched on in Pentland Firth", left, right);

        Stored stored = upload("turbines.pdf", pdf, "application/pdf");

        assertThat(stored.title).isEqualTo("Tidal turbines switched on in Pentland Firth");
        assertThat(stored.paragraphs).containsExactly(left.get(0), left.get(1), right.get(0), right.get(1));
        assertQuoted("How many tidal turbines began sending power in the Pentland Firth?", stored,
                "Six tidal turbines anchored on the seabed of the Pentland Firth began sending power to the grid on Monday");
        assertQuoted("What did the Scrabster crab fishermen say about the harbour fees?", stored,
                "Crab fishermen in Scrabster said they had been promised a share of the harbour fees");
    }

    @Test
    void a_three_page_pdf_rejoins_hyphenated_words_and_drops_running_heads_and_page_numbers() throws IOException {
        List<String> paragraphs = List.of(
                "Representatives of the island communities rejected the ferry timetable overhaul at a consultation "
                        + "meeting in Stromness on Thursday, saying the proposed schedule would strand commuters.",
                "Transportation officials argued that the infrastructure budget could not support additional crossings "
                        + "during the winter months without substantial government contributions.",
                "The harbourmaster, Elspeth Drever, said the Stromness pier needed strengthening before larger vessels "
                        + "could berth there, and that engineering assessments would finish in September.",
                "Councillors will vote on the amended timetable next month after a second consultation with shipping "
                        + "companies, freight hauliers and representatives of the tourism association.");
        List<String> lines = LaidOutDocuments.wrapParagraphs(paragraphs, 11, 300, true, false);
        assertThat(lines).as("the fixture hyphenates some words").anyMatch(line -> line.endsWith("-"));
        byte[] pdf = LaidOutDocuments.threePages("THE ORKNEY COURIER    Island news",
                "Ferry timetable overhaul divides islanders", paragraphs);

        Stored stored = upload("ferries-three-pages.pdf", pdf, "application/pdf");

        assertThat(stored.title).isEqualTo("Ferry timetable overhaul divides islanders");
        assertThat(stored.paragraphs).containsExactlyElementsOf(paragraphs);
        assertThat(stored.text).doesNotContain("COURIER").doesNotContain("Page ");
        assertQuoted("Who said the Stromness pier needed strengthening?", stored,
                "The harbourmaster, Elspeth Drever, said the Stromness pier needed strengthening");
    }

    @Test
    void a_word_file_drops_header_and_footer_accepts_tracked_changes_and_keeps_footnotes_apart() throws IOException {
        byte[] docx = LaidOutDocuments.wordWithFurniture("KEELBAY COURIER INTERNAL DRAFT", "Confidential: not for publication",
                "Council backs ferry plan",
                "The council approved the ferry plan by seven votes to four.", "Two members were absent from the vote.",
                "The first sailing from the new pier is due in ", "June", "May", ".");

        Stored stored = upload("ferry-plan.docx", docx,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        assertThat(stored.title).as("the metadata title is a file name").isEqualTo("Council backs ferry plan");
        assertThat(stored.paragraphs).containsExactly(
                "The council approved the ferry plan by seven votes to four.",
                "The first sailing from the new pier is due in June.",
                "Two members were absent from the vote.");
        assertThat(stored.text).doesNotContain("KEELBAY").doesNotContain("Confidential").doesNotContain("[1]");
        assertQuoted("By how many votes did the council approve the ferry plan?", stored,
                "The council approved the ferry plan by seven votes to four.");
        assertQuoted("When is the first sailing from the new pier due?", stored,
                "The first sailing from the new pier is due in June.");
    }

    private record Stored(String id, String title, String publishedAt, String text, List<String> paragraphs) {
    }

    private static Stored upload(String fileName, byte[] content, String mime) {
        String id = given().auth().oauth2(TestKeys.EDITOR).multiPart("file", fileName, content, mime)
                .when().post("/api/articles").then().statusCode(201).extract().path("id");
        JsonPath article = given().get("/api/articles/" + id).then().statusCode(200).extract().jsonPath();
        return new Stored(id, article.getString("title"), article.getString("publishedAt"), article.getString("text"),
                article.getList("paragraphs.text", String.class));
    }

    /** The answer cites the article with a quote holding {@code sentence}, found at its offsets in the stored text. */
    private static void assertQuoted(String question, Stored stored, String sentence) {
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("question", question))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getBoolean("grounded")).as("grounded: %s -> %s", question, answer.getString("answer")).isTrue();
        List<Map<String, Object>> citations = answer.getList("citations");
        List<Map<String, Object>> ours = citations.stream().filter(c -> stored.id.equals(c.get("articleId"))).toList();
        assertThat(ours).as("citations of %s for %s", stored.id, question).isNotEmpty();
        assertThat(ours).anySatisfy(c -> assertThat((String) c.get("quote")).contains(sentence));
        for (Map<String, Object> citation : ours) {
            int start = (Integer) citation.get("start");
            int end = (Integer) citation.get("end");
            assertThat(stored.text.substring(start, end)).isEqualTo(citation.get("quote"));
        }
    }
}
