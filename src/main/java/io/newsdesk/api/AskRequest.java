package io.newsdesk.api;

import io.newsdesk.http.ApiException;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.Turn;

import java.util.List;

/**
 * A question for {@code POST /api/ask}.
 *
 * @param question the question, 1–2,000 characters
 * @param history  earlier turns of the conversation, oldest first; optional, lets follow-ups work (the last
 *                 {@value Question#MAX_HISTORY} are used)
 */
public record AskRequest(String question, List<Turn> history) {

    static final int MAX_TURN_CHARS = 20_000;

    /** Checks the request and returns it as a {@link Question}; throws a 400 that says what is wrong. */
    public Question toQuestion() {
        Question.problem(question).ifPresent(problem -> {
            throw ApiException.badRequest("\"question\" " + switch (problem) {
                case BLANK -> "is required and must not be blank";
                case TOO_LONG -> "is " + question.length() + " characters; the limit is " + Question.MAX_CHARS;
                case NO_WORDS -> "has no words in it: ask with letters or digits";
            });
        });
        List<Turn> turns = history == null ? List.of() : history;
        for (Turn turn : turns) {
            if (turn == null || (turn.question() != null && turn.question().length() > MAX_TURN_CHARS)
                    || (turn.answer() != null && turn.answer().length() > MAX_TURN_CHARS)) {
                throw ApiException.badRequest("each \"history\" turn must be an object {question, answer} of at most "
                        + MAX_TURN_CHARS + " characters each");
            }
        }
        return new Question(question, turns);
    }
}
