package io.newsdesk.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusTextTest {

    @Test
    void utf8_is_read_as_is_without_its_byte_order_mark() {
        assertThat(CorpusText.decode("\uFEFFZürich trams\n\nThey run.".getBytes(StandardCharsets.UTF_8)))
                .contains("Zürich trams\n\nThey run.");
    }

    @Test
    void text_that_is_not_utf8_is_read_as_windows_1252() {
        byte[] legacy = "Café owners protest – “rates” up 9%".getBytes(Charset.forName("windows-1252"));
        assertThat(CorpusText.decode(legacy)).contains("Café owners protest – “rates” up 9%");
    }

    @Test
    void binary_files_have_no_text() {
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        assertThat(CorpusText.decode(noise)).isEmpty();
        assertThat(CorpusText.decode(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0})).as("a zip header").isEmpty();
    }
}
