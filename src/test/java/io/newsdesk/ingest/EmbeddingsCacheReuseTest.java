package io.newsdesk.ingest;

import io.newsdesk.index.IngestionState;
import io.newsdesk.archive.ArchiveLoader;
import io.newsdesk.archive.LogArticleStore;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.newsdesk.embed.Embedder;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.index.MemoryCorpusIndex;
import io.newsdesk.support.CountingEmbeddingModel;
import io.newsdesk.support.TestConfigs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a restart does with the embeddings cache, through the same start-up path the service runs.
 * A Quarkus test only to borrow the application's model: its native tokenizer loads once per JVM.
 */
@QuarkusTest
class EmbeddingsCacheReuseTest {

    @Inject
    EmbeddingModel model;

    @TempDir
    Path corpus;
    @TempDir
    Path cache;
    @TempDir
    Path data;

    /** One service start: returns how many texts reached the model. */
    private int start() {
        CountingEmbeddingModel counting = new CountingEmbeddingModel(model);
        Embedder embedder = new Embedder(counting, TestConfigs.embeddings(cache));
        MemoryCorpusIndex index = new MemoryCorpusIndex(embedder.dimension(), 2f);
        IngestionState state = new IngestionState();
        IngestionService ingestion = new IngestionService(TestConfigs.corpus(corpus), new ArticleSplitter(),
                new Chunker(40, 90, 150), embedder, index, TestConfigs.index());
        new ArchiveLoader(TestConfigs.corpus(corpus), new LogArticleStore(data, embedder.dimension()), ingestion, index,
                embedder, state).load();
        assertThat(state.isReady()).isTrue();
        assertThat(index.articleCount()).isPositive();
        return counting.texts();
    }

    @Test
    void should_embed_nothing_on_a_second_start_and_only_what_changed_after_an_edit() throws IOException {
        Files.copy(Path.of("seeds/004_80804029e5639161.txt"), corpus.resolve("004.txt"));
        int cold = start();
        assertThat(cold).isPositive();
        assertThat(cache.resolve("vectors.bin")).exists();

        assertThat(start()).as("warm start").isZero();

        Files.writeString(corpus.resolve("new.txt"), """
                Volcano erupts near remote village

                A volcano erupted overnight near a remote village, sending ash several kilometres into the sky. Residents were evacuated before dawn.
                """);
        int added = start();
        assertThat(added).as("only the new article's passage: its sentences are embedded when a question retrieves it").isEqualTo(1);
    }

    @Test
    void should_rebuild_a_corrupt_cache_instead_of_failing() throws IOException {
        Files.copy(Path.of("seeds/004_80804029e5639161.txt"), corpus.resolve("004.txt"));
        int cold = start();
        Path file = cache.resolve("vectors.bin");
        byte[] bytes = Files.readAllBytes(file);
        bytes[100] ^= 0x7F;
        Files.write(file, bytes);

        assertThat(start()).as("corrupt cache: everything embedded again").isEqualTo(cold);
        assertThat(start()).as("and the rebuilt cache is used").isZero();
    }
}
