package io.newsdesk.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * A reader's verdict on an answer.
 *
 * @param id        assigned when stored
 * @param createdAt when it was stored
 * @param question  the question asked
 * @param answer    the answer given
 * @param helpful   thumbs up (true) or down (false)
 * @param comment   optional free text
 * @param channel   where it came from: {@code web}, {@code slack} or {@code api}
 * @param desks     the desks whose articles the answer may quote: only editors who may read all of them see the entry
 *                  (null on entries stored before desks were recorded)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Feedback(String id, Instant createdAt, String question, String answer, boolean helpful, String comment,
                       String channel, java.util.List<String> desks) {
}
