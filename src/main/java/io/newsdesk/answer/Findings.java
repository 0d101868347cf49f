package io.newsdesk.answer;

import io.newsdesk.retrieve.ScoredChunk;

import java.util.List;

/**
 * What retrieval found for a question.
 *
 * @param question  the question as asked
 * @param passages  retrieved passages, best first
 * @param sentences candidate sentences, best first
 * @param covered   whether the articles cover the question at all
 * @param intent    what kind of answer the question wants
 */
public record Findings(String question, List<ScoredChunk> passages, List<Evidence> sentences, boolean covered,
                       QuestionIntent intent) {
}
