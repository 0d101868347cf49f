package io.newsdesk.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(span -> span.of(text)).toList();
    }

    @Test
    void should_split_at_terminal_punctuation_and_paragraphs() {
        assertThat(sentences("One here. Two there! Three?\n\nFour without stop"))
                .containsExactly("One here.", "Two there!", "Three?", "Four without stop");
    }

    @Test
    void should_not_split_abbreviations_initials_decimals_or_times() {
        assertThat(sentences("Mario Nawfal, Larry C. Johnson and Dr. Smith met U.S. officials. The duty is 36.3% now."))
                .containsExactly("Mario Nawfal, Larry C. Johnson and Dr. Smith met U.S. officials.", "The duty is 36.3% now.");
        assertThat(sentences("It runs between 10 a.m. and 4 p.m. daily. Fees are 4 yuan."))
                .containsExactly("It runs between 10 a.m. and 4 p.m. daily.", "Fees are 4 yuan.");
    }

    @Test
    void should_keep_closing_quotes_with_their_sentence() {
        assertThat(sentences("“This was a concern,” said Kendler. “It still is.” Then more."))
                .containsExactly("“This was a concern,” said Kendler.", "“It still is.”", "Then more.");
    }
}
