package io.newsdesk.answer;

import java.util.List;

/** A question and the conversation before it (oldest first). */
public record Question(String text, List<Turn> history) {

    public Question {
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static Question of(String text) {
        return new Question(text, List.of());
    }
}
