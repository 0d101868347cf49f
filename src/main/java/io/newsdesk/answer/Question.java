package io.newsdesk.answer;

import java.util.List;

/**
 * A question and the conversation before it (oldest first). The limits hold for every channel: REST,
 * the chat page, Slack and the OpenAI-compatible API.
 */
public record Question(String text, List<Turn> history) {

    /** The longest question any channel accepts, in characters. */
    public static final int MAX_CHARS = 2000;
    /**
     * Earlier turns the answer reads: follow-ups are resolved against the latest ones, and a generated
     * answer's prompt carries them. Channels may send more; only the last {@value} are kept.
     */
    public static final int MAX_HISTORY = 10;

    public Question {
        history = history == null ? List.of()
                : List.copyOf(history.subList(Math.max(0, history.size() - MAX_HISTORY), history.size()));
    }

    public static Question of(String text) {
        return new Question(text, List.of());
    }
}
