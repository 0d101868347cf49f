package io.newsdesk.retrieve;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.embed.Embedder;
import io.newsdesk.embed.Vectors;
import io.newsdesk.index.IndexedChunk;
import io.newsdesk.ingest.Chunker;
import io.newsdesk.support.CountingEmbeddingModel;
import io.newsdesk.support.TestConfigs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Lazy sentence evidence: vectors embedded once, the first time a question retrieves their passage, the
 * same vectors ingestion would have computed; terms analysed as the index analyses them. A Quarkus test only to borrow the application's model.
 */
@QuarkusTest
class SentenceEvidenceTest {

    @Inject
    EmbeddingModel model;

    @TempDir
    Path cache;

    private final Article article = Article.of("volcano", "Volcano erupts near remote village", "test", List.of(
            "A volcano erupted overnight near a remote village, sending ash several kilometres into the sky. "
                    + "Residents were evacuated before dawn. The airport closed for two days.",
            "Scientists said the eruption was the largest in forty years."), null, null);

    private ScoredChunk passage(Chunk chunk, float[][] sentenceVectors) {
        return new ScoredChunk(IndexedChunk.of("p" + chunk.ordinal(), chunk, article, sentenceVectors), 1, 0.8, 0);
    }

    @Test
    void should_embed_each_retrieved_passage_sentences_once_and_match_what_ingestion_computes() {
        CountingEmbeddingModel counting = new CountingEmbeddingModel(model);
        Embedder embedder = new Embedder(counting, TestConfigs.embeddings(cache));
        SentenceEvidence evidence = new SentenceEvidence(embedder, TestConfigs.index());
        List<Chunk> chunks = new Chunker(5, 12, 20).chunk(article);
        assertThat(chunks).hasSizeGreaterThan(1);
        List<ScoredChunk> retrieved = chunks.stream().map(c -> passage(c, null)).toList();

        List<ScoredChunk> loaded = evidence.load(retrieved, 1);

        int sentencesOfFirst = chunks.get(0).sentences().size();
        assertThat(counting.texts()).as("only the first passage's sentences reach the model").isEqualTo(sentencesOfFirst);
        assertThat(loaded.get(0).chunk().sentenceVectors().size()).isEqualTo(sentencesOfFirst);
        assertThat(loaded.get(1).chunk().sentenceVectors()).as("beyond the count, left as retrieved").isNull();
        assertThat(loaded.get(0).score()).isEqualTo(retrieved.get(0).score());
        assertThat(loaded.get(0).chunk().sentenceTerms().get(0)).as("the first sentence's analysed terms")
                .contains("volcano", "erupt", "villag", "ash");

        String first = chunks.get(0).sentences().get(0).of(article.text());
        float[] expected = Vectors.normalize(model.embed(first).content().vector());
        assertThat(loaded.get(0).chunk().sentenceVectors().dot(expected, 0)).isCloseTo(1f, within(0.01f));

        evidence.load(retrieved, 1);
        assertThat(counting.texts()).as("asked again: from memory").isEqualTo(sentencesOfFirst);

        evidence.load(retrieved, 2);
        assertThat(counting.texts()).as("the second passage's sentences, once")
                .isEqualTo(sentencesOfFirst + chunks.get(1).sentences().size());

        embedder.persist(java.util.Set.of());
        SentenceEvidence afterRestart = new SentenceEvidence(new Embedder(counting, TestConfigs.embeddings(cache)), TestConfigs.index());
        int before = counting.texts();
        assertThat(afterRestart.load(retrieved, 2).get(1).chunk().sentenceVectors()).isNotNull();
        assertThat(counting.texts()).as("the embeddings cache keeps them across a restart").isEqualTo(before);
    }

    @Test
    void should_keep_sentence_vectors_embedded_at_ingestion() {
        CountingEmbeddingModel counting = new CountingEmbeddingModel(model);
        SentenceEvidence evidence = new SentenceEvidence(new Embedder(counting, TestConfigs.embeddings(cache)), TestConfigs.index());
        Chunk chunk = new Chunker(40, 90, 150).chunk(article).get(0);
        float[][] eager = new float[chunk.sentences().size()][];
        for (int i = 0; i < eager.length; i++) {
            eager[i] = Vectors.normalize(model.embed(chunk.sentences().get(i).of(article.text())).content().vector());
        }
        ScoredChunk indexed = passage(chunk, eager);

        ScoredChunk loaded = evidence.load(List.of(indexed), 8).get(0);
        assertThat(loaded.chunk().sentenceVectors()).isSameAs(indexed.chunk().sentenceVectors());
        assertThat(loaded.chunk().sentenceTerms()).isEqualTo(indexed.chunk().sentenceTerms());
        assertThat(counting.texts()).isZero();
    }

    @Test
    void a_sentence_of_control_characters_archived_before_input_was_cleaned_gets_a_zero_vector_not_an_error() {
        String first = "Ferries in Oslo run on batteries now, the city said on Monday.";
        String junk = "\u0001\u0002\u0003";
        String text = first + "\n\n" + junk;
        Article legacy = new Article("legacy", "Oslo ferries", "api", text, List.of(new Article.Paragraph(first, 0,
                first.length()), new Article.Paragraph(junk, first.length() + 2, text.length())), null, null);
        CountingEmbeddingModel counting = new CountingEmbeddingModel(model);
        SentenceEvidence evidence = new SentenceEvidence(new Embedder(counting, TestConfigs.embeddings(cache)), TestConfigs.index());
        Chunk chunk = new Chunker(40, 90, 150).chunk(legacy).get(0);
        List<String> sentences = chunk.sentences().stream().map(span -> span.of(text)).toList();
        assertThat(sentences).as("the splitter keeps the control characters as a sentence of their own")
                .anyMatch(sentence -> sentence.trim().isEmpty());

        ScoredChunk loaded = evidence.load(List.of(new ScoredChunk(IndexedChunk.of("p0", chunk, legacy, null), 1, 0.8, 0)), 1).get(0);

        assertThat(loaded.chunk().sentenceVectors().size()).isEqualTo(sentences.size());
        float[] question = Vectors.normalize(model.embed("Do Oslo's ferries run on batteries?").content().vector());
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).trim().isEmpty()) {
                assertThat(loaded.chunk().sentenceVectors().dot(question, i)).as("close to nothing").isZero();
            }
        }
    }
}
