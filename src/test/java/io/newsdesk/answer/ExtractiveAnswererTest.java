package io.newsdesk.answer;

import io.newsdesk.index.IndexedChunk;
import io.newsdesk.retrieve.ScoredChunk;
import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.text.SentenceSplitter;
import io.newsdesk.text.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentence selection, on hand-made evidence: which sentences make the answer, and how they are cited. */
class ExtractiveAnswererTest {

    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(config(), new CoverageGaps(null, null, null, null, null, null), new AskedNames(null, null, null, null));

    private static IndexedChunk chunk(int slot, String id, String title, String text) {
        Article article = Article.of(id, title, id + ".txt", List.of(text), null, null);
        List<Span> sentences = SentenceSplitter.split(text);
        return new IndexedChunk(id + "#" + slot, new Chunk(id, 0, 0, text.length(), text, sentences), article, null,
                Set.of(), Set.of(), sentences.stream().map(s -> Set.<String>of()).toList());
    }

    private static Evidence evidence(IndexedChunk chunk, int sentence, double score, double cosine, boolean matched) {
        return new Evidence(chunk, chunk.chunk().sentences().get(sentence), score, 0.8, matched, cosine);
    }

    private static Findings findings(boolean broad, Evidence... sentences) {
        List<Evidence> ranked = new ArrayList<>(List.of(sentences));
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        return new Findings(null, List.of(), ranked, true, new QuestionIntent(broad, QuestionIntent.AnswerType.OTHER));
    }

    @Test
    void should_answer_a_specific_question_with_its_best_sentence_and_the_sentence_that_continues_it() {
        IndexedChunk drives = chunk(0, "drives", "Suitcases of hard drives",
                "Four engineers flew to Malaysia with 15 hard drives each. The drives contained 80 terabytes of data. Customs did not notice.");

        Answer answer = answerer.answer(findings(false,
                evidence(drives, 0, 0.9, 0.8, true), evidence(drives, 1, 0.5, 0.55, false), evidence(drives, 2, 0.4, 0.4, false)));

        assertThat(answer.answer()).isEqualTo("Four engineers flew to Malaysia with 15 hard drives each. [1] "
                + "The drives contained 80 terabytes of data. [2]");
        assertThat(answer.citations()).extracting(Citation::quote)
                .containsExactly("Four engineers flew to Malaysia with 15 hard drives each.", "The drives contained 80 terabytes of data.");
        assertThat(answer.citations().get(1).start()).isEqualTo(drives.article().text().indexOf("The drives"));
    }

    @Test
    void should_give_a_broad_question_one_sentence_per_relevant_article_and_skip_near_duplicates() {
        IndexedChunk revenue = chunk(0, "revenue", "Baidu revenue", "Baidu's quarterly revenue declined again this year.");
        IndexedChunk taxis = chunk(1, "taxis", "Baidu robotaxis", "Baidu's Apollo Go robotaxis are popular in Wuhan.");
        IndexedChunk copy = chunk(2, "copy", "Baidu revenue again", "Baidu's quarterly revenue declined again this year, it said.");
        IndexedChunk offTopic = chunk(3, "other", "Drones", "Drones deliver food at the Great Wall.");

        Answer answer = answerer.answer(findings(true,
                evidence(revenue, 0, 0.9, 0.8, true), evidence(taxis, 0, 0.8, 0.7, true),
                evidence(copy, 0, 0.85, 0.8, true), evidence(offTopic, 0, 0.85, 0.6, false)));

        assertThat(answer.citations()).extracting(Citation::articleId).containsExactly("revenue", "taxis");
        assertThat(answer.answer()).doesNotContain("Drones");
    }

    @Test
    void should_not_cover_a_question_when_no_sentence_matches() {
        IndexedChunk drones = chunk(0, "drones", "Drones", "Drones deliver food at the Great Wall.");

        Answer answer = answerer.answer(findings(false, evidence(drones, 0, 0.9, 0.8, false)));

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.answer()).isEqualTo(Answer.NOT_COVERED);
    }

    @Test
    void a_refusal_on_a_subject_the_articles_cover_names_the_closest_story_and_cites_nothing() {
        IndexedChunk ferries = chunk(0, "ferries", "Night ferries return to the fjord", "The night ferry returns to the fjord in May.");
        IndexedChunk bread = chunk(1, "bread", "Bakery opens at the harbour", "A bakery opened at the harbour.");

        Answer onSubject = answerer.answer(new Findings("Which boats sail after dark on the fjord again?",
                List.of(new ScoredChunk(bread, 0.5, 0.50, 0), new ScoredChunk(ferries, 0.4, 0.62, 0)), List.of(), false,
                new QuestionIntent(false, QuestionIntent.AnswerType.OTHER)));
        Answer unrelated = answerer.answer(new Findings("Who won the chess final?",
                List.of(new ScoredChunk(bread, 0.5, 0.31, 0)), List.of(), false, new QuestionIntent(false, QuestionIntent.AnswerType.OTHER)));

        assertThat(onSubject.answer()).isEqualTo(Answer.NOT_COVERED);
        assertThat(onSubject.citations()).isEmpty();
        assertThat(onSubject.notice()).contains("“Night ferries return to the fjord”");
        assertThat(unrelated.answer()).isEqualTo(Answer.NOT_COVERED);
        assertThat(unrelated.notice()).as("nothing on the subject: no story to point to").isNull();
    }

    @Test
    void a_refusal_names_the_words_no_article_mentions_before_the_closest_story() {
        IndexedChunk ferries = chunk(0, "ferries", "Night ferries return to the fjord", "The night ferry returns to the fjord in May.");
        QuestionIntent other = new QuestionIntent(false, QuestionIntent.AnswerType.OTHER);

        Answer typo = answerer.answer(new Findings("When do the nihgt ferreis return to the fjord?",
                List.of(new ScoredChunk(ferries, 0.4, 0.58, 0)), List.of(), false, other, List.of("nihgt", "ferreis")));
        Answer many = answerer.answer(new Findings("Did Kasparov beat Carlsen at Wijk aan Zee?",
                List.of(new ScoredChunk(ferries, 0.1, 0.2, 0)), List.of(), false, other,
                List.of("Kasparov", "Carlsen", "Wijk", "Zee")));

        assertThat(typo.notice()).startsWith("No article mentions “nihgt” or “ferreis”. ")
                .contains("The closest story in the collection is “Night ferries return to the fjord”");
        assertThat(typo.citations()).isEmpty();
        assertThat(many.notice()).isEqualTo("No article mentions “Kasparov”, “Carlsen” or “Wijk”.");
    }

    @Test
    void an_unmentioned_word_is_shown_as_the_question_wrote_it() {
        assertThat(EvidenceFinder.asWritten("Which hacker group did Austrlia accuse?", "austrlia")).isEqualTo("Austrlia");
        assertThat(EvidenceFinder.asWritten("Was ÉCOLE in Zürich's news?", "zürich")).isEqualTo("Zürich");
        assertThat(EvidenceFinder.asWritten("What about bread?", "loaf")).isEqualTo("loaf");
    }

    @Test
    void should_cite_the_sentence_naming_what_a_name_question_asks_for() {
        ExtractiveAnswerer naming = new ExtractiveAnswerer(config(), CoverageGapsTest.gaps(), CoverageGapsTest.names());
        IndexedChunk app = chunk(0, "app", "Harbour news", "The new booking app went live in March for Android users across Norway. "
                + "Bookings rose by a third. The harbour launched the Kaiplass app after a year of trials.");
        List<Evidence> ranked = List.of(evidence(app, 0, 0.9, 0.8, true), evidence(app, 1, 0.6, 0.5, true), evidence(app, 2, 0.7, 0.7, true));

        Answer answer = naming.answer(new Findings("What is the name of the harbour's new booking app?", List.of(), ranked.stream()
                .sorted((a, b) -> Double.compare(b.score(), a.score())).toList(), true, QuestionIntent.of("what is the name")));

        assertThat(answer.answer()).contains("Kaiplass");
    }

    /** The mapping's defaults, as the service runs with nothing configured. */
    static AnswerConfig config() {
        return new io.smallrye.config.SmallRyeConfigBuilder().withMapping(AnswerConfig.class).build()
                .getConfigMapping(AnswerConfig.class);
    }
}
