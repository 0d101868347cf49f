package io.newsdesk.answer;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.index.IndexedChunk;
import io.newsdesk.retrieve.ScoredChunk;
import io.newsdesk.text.SentenceSplitter;
import io.newsdesk.support.ModelVectors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The coverage gate on hand-made passages: meaning and key terms must agree unless one is strong. */
class CoverageGateTest {

    /** Terms are the lower-cased words here, weighted as given: no index needed. */
    private final CoverageGate gate = new CoverageGate(new TermMatcher(ModelVectors.phrases(), ExtractiveAnswererTest.config()), new QuestionTerms(null) {
        @Override
        public List<String> termsOf(String name) {
            return List.of(name.toLowerCase(Locale.ROOT));
        }
    }, ExtractiveAnswererTest.config());

    private static ScoredChunk passage(double cosine, String... terms) {
        String text = "A passage about " + String.join(" ", terms) + ".";
        Article article = Article.of("a", "Title", "a.txt", List.of(text), null, null);
        IndexedChunk chunk = new IndexedChunk("p0", new Chunk("a", 0, 0, text.length(), text, SentenceSplitter.split(text)), article,
                null, Set.of(), Set.of(terms), List.of(Set.of(terms)));
        return new ScoredChunk(chunk, cosine, cosine, 0);
    }

    /** Key terms given as word, weight pairs; a word is its own stem here. */
    private static List<KeyTerm> terms(Object... wordsAndWeights) {
        List<KeyTerm> terms = new java.util.ArrayList<>();
        for (int i = 0; i < wordsAndWeights.length; i += 2) {
            terms.add(new KeyTerm((String) wordsAndWeights[i], (String) wordsAndWeights[i], (Double) wordsAndWeights[i + 1]));
        }
        return terms;
    }

    @Test
    void a_close_passage_with_enough_of_the_key_terms_covers_the_question() {
        List<KeyTerm> focus = terms("tariff", 2.0, "electr", 1.5, "car", 1.0);
        assertThat(gate.covers("What tariff on electric cars?", focus, List.of(), List.of(passage(0.72, "tariff", "electr")), () -> 0)).isTrue();
    }

    @Test
    void a_shared_common_word_at_a_middling_cosine_is_not_enough() {
        List<KeyTerm> focus = terms("bitcoin", 4.0, "price", 1.0);
        assertThat(gate.covers("What is the price of bitcoin?", focus, List.of(), List.of(passage(0.60, "price", "war")), () -> 0)).isFalse();
    }

    @Test
    void a_very_close_passage_covers_a_paraphrase_without_shared_terms() {
        List<KeyTerm> focus = terms("legisl", 3.5, "blacklist", 4.0);
        assertThat(gate.covers("Whom did legislators blacklist?", focus, List.of(), List.of(passage(0.80, "lawmak", "list")), () -> 0)).isTrue();
    }

    @Test
    void a_rare_name_of_the_question_lets_a_short_question_about_it_in_at_a_lower_cosine() {
        List<KeyTerm> focus = terms("kendler", 4.0, "school", 2.0, "analyst", 2.0, "media", 1.5);
        assertThat(gate.covers("At which school is Thea Kendler a media analyst?", focus, List.of(),
                List.of(passage(0.48, "kendler", "analyst", "report")), () -> 0)).isTrue();
        assertThat(gate.covers("At which school is the media analyst?", focus, List.of(),
                List.of(passage(0.48, "kendler", "analyst", "report")), () -> 0)).as("no name asked").isFalse();
        assertThat(gate.covers("At which school is Thea Kendler a media analyst?", focus, List.of(),
                List.of(passage(0.38, "kendler", "analyst", "report")), () -> 0)).as("too far in meaning").isFalse();
    }

    @Test
    void one_sentence_close_in_meaning_covers_a_question_its_passage_words_differently() {
        List<KeyTerm> focus = terms("fuelling", 3.0, "spending", 2.0, "older", 2.0, "curbs", 1.5);
        List<ScoredChunk> passages = List.of(passage(0.70, "subsidies", "mature", "chips"));
        assertThat(gate.covers("What is fuelling spending on older chips?", focus, List.of(), passages, () -> 0.74)).isTrue();
        assertThat(gate.covers("What is fuelling spending on older chips?", focus, List.of(), passages, () -> 0.63)).isFalse();
    }

    @Test
    void a_close_sentence_does_not_admit_passages_too_far_in_meaning_and_is_not_computed_for_them() {
        List<KeyTerm> focus = terms("bread", 3.0, "recipe", 2.0);
        assertThat(gate.covers("What is a good recipe for banana bread?", focus, List.of(), List.of(passage(0.42, "chips", "export")),
                () -> { throw new AssertionError("sentences embedded for an off-topic question"); })).isFalse();
    }

    @Test
    void a_question_in_other_words_is_covered_by_meaning_where_a_different_word_is_not() {
        ScoredChunk passage = passage(0.60, "lawmakers", "blacklist", "battery");
        assertThat(gate.covers("Which battery maker did legislators blacklist?", terms("legislators", 4.0, "blacklist", 2.0, "battery", 2.0),
                List.of(), List.of(passage), () -> 0)).isTrue();
        assertThat(gate.covers("Which battery maker did astronomers blacklist?", terms("astronomers", 4.0, "blacklist", 2.0, "battery", 2.0),
                List.of(), List.of(passage), () -> 0)).isFalse();
    }

    @Test
    void every_key_term_with_a_rare_name_covers_a_short_question_at_a_lower_cosine() {
        List<KeyTerm> focus = terms("thea", 5.0, "kendler", 5.0);
        assertThat(gate.covers("Who is Thea Kendler?", focus, List.of(), List.of(passage(0.45, "thea", "kendler")), () -> 0)).isTrue();
        assertThat(gate.covers("Who is Thea Kendler?", focus, List.of(), List.of(passage(0.35, "thea", "kendler")), () -> 0)).isFalse();
    }

    @Test
    void nothing_retrieved_covers_nothing() {
        assertThat(gate.covers("Anything?", terms("anything", 1.0), List.of(), List.of(), () -> 0)).isFalse();
    }
}
