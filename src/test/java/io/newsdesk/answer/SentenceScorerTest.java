package io.newsdesk.answer;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.index.IndexedChunk;
import io.newsdesk.retrieve.ScoredChunk;
import io.newsdesk.text.SentenceSplitter;
import io.newsdesk.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentence scorer on a hand-made passage: key terms, the asked type, and fragments. */
class SentenceScorerTest {

    private final SentenceScorer scorer = new SentenceScorer(ExtractiveAnswererTest.config());

    private static final String TEXT = "The ferry company announced a new route to the islands this spring. "
            + "Tickets for the crossing will cost 45 euros per adult. Why now? "
            + "The company said the route had been planned for years.";

    private static ScoredChunk passage(List<Set<String>> sentenceTerms) {
        Article article = Article.of("ferry", "Ferry firm opens island route", "ferry.txt", List.of(TEXT), null, null);
        List<Span> spans = SentenceSplitter.split(TEXT);
        IndexedChunk chunk = new IndexedChunk("p0", new Chunk("ferry", 0, 0, TEXT.length(), TEXT, spans), article, null,
                Set.of("ferri", "firm", "island", "rout"), Set.of(), sentenceTerms);
        return new ScoredChunk(chunk, 0.7, 0.7, 0);
    }

    @Test
    void the_sentence_with_the_asked_terms_and_an_amount_ranks_first_and_fragments_are_skipped() {
        ScoredChunk passage = passage(List.of(Set.of("ferri", "compani", "rout", "island"), Set.of("ticket", "cross", "cost", "euro", "adult"),
                Set.of("now"), Set.of("compani", "rout", "plan", "year")));
        Map<String, Double> focus = Map.of("ticket", 3.0, "cost", 2.0, "ferri", 1.0);

        List<Evidence> ranked = scorer.score(QuestionIntent.of("How much does a ferry ticket cost?"), focus, Map.of(), new float[0], List.of(passage));

        assertThat(ranked.get(0).text()).startsWith("Tickets for the crossing will cost 45 euros");
        assertThat(ranked).extracting(Evidence::text).doesNotContain("Why now?");
        assertThat(ranked.get(0).matched()).isTrue();
    }
}
