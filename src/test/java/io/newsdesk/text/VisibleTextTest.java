package io.newsdesk.text;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.WebLink;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisibleTextTest {

    @Test
    void hidden_characters_go_and_control_characters_become_spaces_but_tabs_and_line_breaks_stay() {
        assertThat(VisibleText.of("Ferries\u0000in Oslo\u200b run\u00ad on\u202e batteries.\tNow\r\n"))
                .isEqualTo("Ferries in Oslo run on batteries.\tNow\r\n");
        assertThat(VisibleText.of("half \ud83d a pair")).isEqualTo("half  a pair");
        assertThat(VisibleText.of("🚋 Trams in Bergen")).isEqualTo("🚋 Trams in Bergen");
    }

    @Test
    void clean_text_is_returned_as_the_same_instance_so_stored_articles_keep_their_offsets() {
        String clean = "Trams in Bergen run late, the operator said.\n\nA second paragraph.";
        assertThat(VisibleText.of(clean)).isSameAs(clean);
    }

    @Test
    void words_are_letters_or_digits_in_any_script() {
        assertThat(VisibleText.hasWords("Ωμέγα")).isTrue();
        assertThat(VisibleText.hasWords("2025")).isTrue();
        assertThat(VisibleText.hasWords("?! 😀 — …")).isFalse();
        assertThat(VisibleText.hasWords(null)).isFalse();
    }

    @Test
    void an_article_quotes_what_a_reader_sees_and_drops_paragraphs_left_blank() {
        Article article = Article.of("a", "Oslo\u0000ferries", "api",
                List.of("Ferries\u0000in Oslo run on batteries.", "\u200b\u200b", "The city said so."), null, null);
        assertThat(article.title()).isEqualTo("Oslo ferries");
        assertThat(article.text()).isEqualTo("Ferries in Oslo run on batteries.\n\nThe city said so.");
        assertThat(article.paragraphs()).hasSize(2)
                .allSatisfy(p -> assertThat(article.text().substring(p.start(), p.end())).isEqualTo(p.text()));
    }

    @Test
    void a_link_must_be_an_absolute_web_address() {
        assertThat(WebLink.checked(" https://example.org/story ")).isEqualTo("https://example.org/story");
        assertThat(WebLink.checked("HTTP://Example.org")).isEqualTo("HTTP://Example.org");
        assertThat(WebLink.checked(null)).isNull();
        assertThat(WebLink.checked("  ")).isNull();
        for (String bad : List.of("javascript:alert(1)", "data:text/html,<b>x</b>", "/relative/path", "ftp://example.org/x",
                "http://", "not a url at all")) {
            assertThatThrownBy(() -> WebLink.checked(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("http or https");
        }
    }
}
