package io.newsdesk.answer;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTest {

    @Test
    void control_characters_read_as_spaces_and_invisible_ones_are_dropped() {
        assertThat(Question.normalize("  Who\u0000won\tthe\r\n race?\u200b ")).isEqualTo("Who won the race?");
        assertThat(Question.normalize("Bai\u200bdu\u200e\u00a0robotaxis")).isEqualTo("Baidu robotaxis");
        assertThat(Question.normalize("lone \ud83d surrogate")).isEqualTo("lone surrogate");
        assertThat(Question.normalize(null)).isEmpty();
        assertThat(Question.of("\u0007 What did CATL say? ").text()).isEqualTo("What did CATL say?");
    }

    @Test
    void words_in_any_script_and_plain_digits_can_be_asked() {
        assertThat(Question.problem("Qui a gagné ?")).isEmpty();
        assertThat(Question.problem("百度")).isEmpty();
        assertThat(Question.problem("2022?")).isEmpty();
        assertThat(Question.problem("🚕 Apollo Go?")).isEmpty();
    }

    @Test
    void blank_wordless_and_overlong_texts_each_get_their_reason() {
        assertThat(Question.problem(null)).contains(Question.Problem.BLANK);
        assertThat(Question.problem("\u0000\u0001\u200b \t")).contains(Question.Problem.BLANK);
        assertThat(Question.problem("?!? 😀 …")).contains(Question.Problem.NO_WORDS);
        assertThat(Question.problem("a".repeat(Question.MAX_CHARS))).isEqualTo(Optional.empty());
        assertThat(Question.problem("a".repeat(Question.MAX_CHARS + 1))).contains(Question.Problem.TOO_LONG);
    }
}
