package io.newsdesk.ingest;

import io.newsdesk.domain.Chunk;
import io.newsdesk.domain.Article;
import io.newsdesk.text.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkerTest {

    private final Chunker chunker = new Chunker(40, 90, 150);

    @Test
    void should_cover_every_sentence_once_with_verbatim_passages() throws IOException {
        for (Path file : Files.list(Path.of("seeds")).sorted().toList()) {
            for (Article article : new ArticleSplitter().split(file.getFileName().toString(), Files.readString(file))) {
                List<Chunk> chunks = chunker.chunk(article);
                List<Span> covered = new ArrayList<>();
                for (Chunk chunk : chunks) {
                    assertThat(article.text().substring(chunk.start(), chunk.end())).isEqualTo(chunk.text());
                    assertThat(Chunker.wordCount(chunk.text())).as(article.title()).isLessThanOrEqualTo(150);
                    covered.addAll(chunk.sentences());
                }
                assertThat(covered).extracting(Span::start).isSorted().doesNotHaveDuplicates();
                assertThat(chunks).extracting(Chunk::ordinal).containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, chunks.size()).boxed().toList());
            }
        }
    }

    @Test
    void should_break_at_sentence_boundaries_only() {
        String sentence = "This sentence has exactly ten words in it for counting. ";
        Article article = Article.of("a", "Title", "t.txt", List.of(sentence.repeat(30).strip()), null, null);

        List<Chunk> chunks = chunker.chunk(article);

        assertThat(chunks).hasSizeGreaterThan(1).allSatisfy(chunk -> {
            assertThat(chunk.text()).startsWith("This sentence").endsWith("counting.");
            assertThat(Chunker.wordCount(chunk.text())).isBetween(40, 150);
        });
    }
}
