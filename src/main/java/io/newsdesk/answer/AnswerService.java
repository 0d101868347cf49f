package io.newsdesk.answer;

/**
 * Answers questions about the articles with cited summaries. Every channel (REST, chat page, Slack,
 * OpenAI-compatible API) goes through this one service.
 */
public interface AnswerService {

    Answer answer(Question question);

    /** Streams the answer; by default the whole answer as one piece. */
    default void stream(Question question, AnswerListener listener) {
        Answer answer = answer(question);
        listener.onText(answer.answer());
        listener.onComplete(answer);
    }
}
