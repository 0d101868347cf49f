package io.newsdesk.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.newsdesk.answer.Answer;

/**
 * What {@code POST /api/ask} returns: the answer's fields, and the conversation it was added to.
 *
 * @param answer         the cited answer (its fields are this object's)
 * @param conversationId the conversation, in {@code /api/conversations/{id}}
 */
public record AskResponse(@JsonUnwrapped Answer answer, String conversationId) {
}
