package io.newsdesk.answer;

import io.newsdesk.retrieve.ScoredChunk;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What retrieval found for a question.
 *
 * @param question  the question as asked
 * @param passages  retrieved passages, best first
 * @param sentences candidate sentences, best first
 * @param covered   whether the articles cover the question at all
 * @param intent    what kind of answer the question wants
 * @param unmentioned the question's key words, as written, that no article mentions at all (a typo, or a name
 *                  the collection lacks); looked up only for a question the gate refused
 */
public record Findings(String question, List<ScoredChunk> passages, List<Evidence> sentences, boolean covered,
                       QuestionIntent intent, List<String> unmentioned) {

    public Findings {
        unmentioned = List.copyOf(unmentioned);
    }

    public Findings(String question, List<ScoredChunk> passages, List<Evidence> sentences, boolean covered,
                    QuestionIntent intent) {
        this(question, passages, sentences, covered, intent, List.of());
    }

    /**
     * The passage closest in meaning to the question, when it is on the question's subject at all (its cosine
     * at or above {@code minSimilarity}, the gate's floor): a refusal then concerns a subject the articles cover.
     */
    public Optional<ScoredChunk> closestOnSubject(double minSimilarity) {
        return passages.stream().max(Comparator.comparingDouble(ScoredChunk::dense))
                .filter(passage -> passage.dense() >= minSimilarity);
    }
}
