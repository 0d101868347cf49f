package io.newsdesk.answer;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.index.IndexedChunk;
import io.newsdesk.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Gaps found from the question's shape, on hand-made evidence that is not from the seeds. */
class CoverageGapsTest {

    private final CoverageGaps gaps = new CoverageGaps(null, null, ExtractiveAnswererTest.config());

    private static List<Evidence> cited(String sentence) {
        Article article = Article.of("x", "Harbour news", "x.txt", List.of(sentence), null, null);
        IndexedChunk chunk = new IndexedChunk("p0", new Chunk("x", 0, 0, sentence.length(), sentence, SentenceSplitter.split(sentence)),
                article, null, Set.of(), Set.of(), List.of(Set.of()));
        return List.of(new Evidence(chunk, chunk.chunk().sentences().get(0), 1, 0.7, true, 0.7));
    }

    private String lead(String question, String sentence) {
        return gaps.find(question, QuestionIntent.of(question), cited(sentence)).orElse(null);
    }

    @Test
    void a_question_for_a_number_needs_a_number() {
        assertThat(lead("how many ferries cross the harbour each day?", "Ferries cross the harbour every hour of the day."))
                .startsWith("The articles don't give the number");
        assertThat(lead("how many ferries cross the harbour each day?", "About 40 ferries cross the harbour each day.")).isNull();
    }

    @Test
    void a_question_for_a_date_needs_a_date() {
        assertThat(lead("when did the new terminal open?", "The new terminal opened to great fanfare.")).startsWith("The articles don't give the date");
        assertThat(lead("when did the new terminal open?", "The new terminal opened in March after delays.")).isNull();
        assertThat(lead("in what month did the terminal open?", "The terminal opened in May after delays.")).isNull();
    }

    @Test
    void a_question_for_who_needs_someone_the_question_does_not_already_name() {
        assertThat(lead("who won the harbour regatta?", "The harbour regatta drew record crowds this year.")).startsWith("The articles don't say who");
        assertThat(lead("who won the harbour regatta?", "The harbour regatta was won by Maria Alves for the third time.")).isNull();
    }

    @Test
    void broad_questions_and_other_shapes_have_no_gap() {
        assertThat(lead("what's the news about the harbour?", "The harbour regatta drew record crowds this year.")).isNull();
        assertThat(lead("why did the regatta draw crowds?", "The harbour regatta drew record crowds this year.")).isNull();
    }
}
