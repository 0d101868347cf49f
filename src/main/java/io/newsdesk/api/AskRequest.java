package io.newsdesk.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.newsdesk.http.ApiException;
import io.newsdesk.http.ReadFilter;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.Turn;

import java.util.List;

/**
 * A question for {@code POST /api/ask}.
 *
 * @param question the question, 1–2,000 characters
 * @param history  earlier turns of the conversation, oldest first; optional, lets follow-ups work (the last
 *                 {@value Question#MAX_HISTORY} are used)
 * @param from     only articles published on or after this day (ISO date or date-time)
 * @param to       only articles published on or before this day
 * @param source   only articles of these publications (a string or an array)
 * @param desk     only articles of these desks (a string or an array)
 * @param asOf     the day "last week" or "yesterday" in the question counts from; today when not given
 * @param conversationId the caller's conversation to continue: its turns are the history when none is sent, and
 *                 the question and answer are added to it; a new conversation when not given
 */
public record AskRequest(String question, List<Turn> history, String from, String to,
                         @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> source,
                         @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> desk,
                         String asOf, String conversationId) {

    public AskRequest(String question, List<Turn> history) {
        this(question, history, null, null, null, null, null, null);
    }

    /** The same request with {@code turns} as its history. */
    AskRequest withHistory(List<Turn> turns) {
        return new AskRequest(question, turns, from, to, source, desk, asOf, conversationId);
    }

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
        ReadFilter filter = new ReadFilter(from, to, source, desk, asOf);
        return new Question(question, turns, filter.toFilter(), filter.asOfDay());
    }
}
