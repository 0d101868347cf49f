package io.newsdesk.documents;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFactsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T14:00:00Z");

    @Test
    void a_file_name_or_a_path_is_no_title() {
        assertThat(DocumentFacts.usableTitle("pdf.html")).isNull();
        assertThat(DocumentFacts.usableTitle("draft-final-v2.docx")).isNull();
        assertThat(DocumentFacts.usableTitle("C:\\drafts\\story")).isNull();
        assertThat(DocumentFacts.usableTitle("  ")).isNull();
        assertThat(DocumentFacts.usableTitle(" Lighthouse painted ")).isEqualTo("Lighthouse painted");
        assertThat(DocumentFacts.usableTitle("U.S. sanctions widen")).isEqualTo("U.S. sanctions widen");
    }

    @Test
    void a_short_paragraph_near_the_top_that_is_a_date_is_the_dateline() {
        assertThat(DocumentFacts.statedDate(List.of("By Ann Reid", "Published 27 November 2023", "The council met.")))
                .isEqualTo("2023-11-27");
        assertThat(DocumentFacts.statedDate(List.of("November 27, 2023"))).isEqualTo("2023-11-27");
        assertThat(DocumentFacts.statedDate(List.of("The council met on 27 November 2023 to vote on the plan."))).isNull();
        assertThat(DocumentFacts.statedDate(List.of("a", "b", "c", "d", "27 November 2023"))).as("too far down").isNull();
    }

    @Test
    void a_creation_date_is_trusted_unless_a_browser_printed_the_file_or_it_was_made_just_now() {
        assertThat(DocumentFacts.trustedCreated("2024-03-02T10:00:00Z", "LibreOffice 7.4", null, NOW))
                .isEqualTo("2024-03-02T10:00:00Z");
        assertThat(DocumentFacts.trustedCreated("2024-03-02T10:00:00Z", "Skia/PDF m156", "Chromium", NOW)).isNull();
        assertThat(DocumentFacts.trustedCreated("2026-12-07T13:30:00Z", "Microsoft Word", null, NOW)).isNull();
        assertThat(DocumentFacts.trustedCreated(null, null, null, NOW)).isNull();
    }
}
