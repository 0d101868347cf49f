package io.newsdesk.answer;

/** An earlier exchange of the conversation, used to resolve follow-up questions. */
public record Turn(String question, String answer) {
}
