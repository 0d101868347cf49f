package io.newsdesk.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextParagraphsTest {

    @Test
    void lines_wrapped_inside_a_paragraph_are_joined_and_hyphenated_words_rejoined() {
        String wire = """
                KEELBAY (Reuters) - Harbour engineers repainted the Zorvath
                lighthouse teal after a council vote of nine to two, a spokes-
                woman said.

                The work took eleven days.
                """;
        assertThat(DocumentParser.paragraphs(wire)).containsExactly(
                "KEELBAY (Reuters) - Harbour engineers repainted the Zorvath lighthouse teal after a council vote of "
                        + "nine to two, a spokeswoman said.",
                "The work took eleven days.");
    }

    @Test
    void markdown_headings_and_list_items_stay_apart() {
        String markdown = "# Harbour wall collapses\n\nPart of the wall\nfell on Friday.\n\n- first item\n- second item\n  wraps here\n";
        assertThat(DocumentParser.paragraphs(markdown)).containsExactly(
                "# Harbour wall collapses", "Part of the wall fell on Friday.", "- first item", "- second item wraps here");
    }

    @Test
    void a_text_without_blank_lines_keeps_a_paragraph_per_line() {
        assertThat(DocumentParser.paragraphs("First story line.\nSecond story line.\n"))
                .containsExactly("First story line.", "Second story line.");
    }
}
