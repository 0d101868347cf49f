package io.newsdesk.api;

import io.newsdesk.answer.Question;
import io.newsdesk.answer.Turn;

import java.util.List;

/**
 * A question for {@code POST /api/ask}.
 *
 * @param question the question, 1–2,000 characters
 * @param history  earlier turns of the conversation, oldest first; optional, lets follow-ups work
 */
public record AskRequest(String question, List<Turn> history) {

    public static final int MAX_QUESTION_CHARS = 2000;
    static final int MAX_HISTORY_TURNS = 20;
    static final int MAX_TURN_CHARS = 20_000;

    /** Checks the request and returns it as a {@link Question}; throws a 400 that says what is wrong. */
    public Question toQuestion() {
        if (question == null || question.isBlank()) {
            throw ApiException.badRequest("\"question\" is required and must not be blank");
        }
        if (question.length() > MAX_QUESTION_CHARS) {
            throw ApiException.badRequest("\"question\" is " + question.length() + " characters; the limit is "
                    + MAX_QUESTION_CHARS);
        }
        List<Turn> turns = history == null ? List.of() : history;
        for (Turn turn : turns) {
            if (turn == null || (turn.question() != null && turn.question().length() > MAX_TURN_CHARS)
                    || (turn.answer() != null && turn.answer().length() > MAX_TURN_CHARS)) {
                throw ApiException.badRequest("each \"history\" turn must be an object {question, answer} of at most "
                        + MAX_TURN_CHARS + " characters each");
            }
        }
        if (turns.size() > MAX_HISTORY_TURNS) {
            turns = turns.subList(turns.size() - MAX_HISTORY_TURNS, turns.size());
        }
        return new Question(question.strip(), turns);
    }
}
