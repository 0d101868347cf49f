package io.newsdesk.answer;

import io.newsdesk.support.ModelVectors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Key terms found by wording or by meaning, with the service's own embedding model; words not from the seeds. */
class TermMatcherTest {

    private final TermMatcher matcher = new TermMatcher(ModelVectors.phrases(), ExtractiveAnswererTest.config());

    private static KeyTerm term(String word) {
        return new KeyTerm(word, word, 1.0);
    }

    @Test
    void a_synonym_or_another_form_of_the_word_is_found() {
        assertThat(matcher.found(term("legislators"), Set.of(), TermMatcher.words("Parliament's lawmakers voted late."))).isTrue();
        assertThat(matcher.found(term("cabs"), Set.of(), TermMatcher.words("The taxis queued at the station."))).isTrue();
        assertThat(matcher.found(term("old"), Set.of(), TermMatcher.words("She gave her age as 54."))).isTrue();
    }

    @Test
    void a_word_that_is_merely_related_is_not() {
        assertThat(matcher.found(term("bread"), Set.of(), TermMatcher.words("Crisps and chips sold out."))).isFalse();
        assertThat(matcher.found(term("revenue"), Set.of(), TermMatcher.words("The start-up raised new funding."))).isFalse();
        assertThat(matcher.found(term("recipe"), Set.of(), TermMatcher.words("The report was published on Monday."))).isFalse();
    }

    @Test
    void the_same_stem_is_found_without_the_model() {
        assertThat(matcher.found(new KeyTerm("harbours", "harbour", 1.0), Set.of("harbour"), List.of())).isTrue();
    }

    @Test
    void the_share_is_weighted_by_each_term() {
        List<KeyTerm> terms = List.of(new KeyTerm("legislators", "legisl", 3.0), new KeyTerm("comet", "comet", 1.0));
        assertThat(matcher.share(terms, Set.of(), TermMatcher.words("Lawmakers met on Tuesday."))).isEqualTo(0.75);
    }
}
