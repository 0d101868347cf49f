package io.newsdesk.conversations;

import io.newsdesk.answer.Answer;

import java.time.Instant;
import java.util.List;

/**
 * One person's conversation with the archive: its questions and the answers they got, oldest first.
 *
 * @param id         its id, in {@code /api/conversations/{id}}
 * @param owner      whose it is: a key's fingerprint, {@code jwt:} and a token's subject, or {@code browser:} and a
 *                   browser's cookie id; never shown to anyone else
 * @param title      its name: the first question, until its owner renames it
 * @param created    when its first question was asked
 * @param updated    when it last changed
 * @param turns      the exchanges
 * @param shareToken the token of its read-only link, or null while it is not shared
 */
public record Conversation(String id, String owner, String title, Instant created, Instant updated, List<Exchange> turns,
                           String shareToken) {

    public static final int MAX_TITLE = 200;

    public Conversation {
        turns = List.copyOf(turns);
    }

    /** A question and the answer it got, as the service gave it. */
    public record Exchange(String question, Answer answer, Instant asked) {
    }

    Conversation with(Exchange turn) {
        List<Exchange> more = new java.util.ArrayList<>(turns);
        more.add(turn);
        return new Conversation(id, owner, title, created, turn.asked(), more, shareToken);
    }

    Conversation titled(String name, Instant at) {
        return new Conversation(id, owner, name, created, at, turns, shareToken);
    }

    Conversation shared(String token) {
        return new Conversation(id, owner, title, created, updated, turns, token);
    }

    /** Whether every one of {@code words} (lower case) is in its title, a question or an answer. */
    boolean mentionsAll(List<String> words) {
        StringBuilder text = new StringBuilder(title.toLowerCase(java.util.Locale.ROOT));
        for (Exchange turn : turns) {
            text.append('\n').append(turn.question().toLowerCase(java.util.Locale.ROOT))
                    .append('\n').append(turn.answer().answer().toLowerCase(java.util.Locale.ROOT));
        }
        return words.stream().allMatch(word -> text.indexOf(word) >= 0);
    }

    /** A first question as a title: its first line, cut at a word near {@value #MAX_TITLE_FROM_QUESTION} characters. */
    static String titleFrom(String question) {
        String line = question.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= MAX_TITLE_FROM_QUESTION) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_TITLE_FROM_QUESTION);
        return line.substring(0, cut > 20 ? cut : MAX_TITLE_FROM_QUESTION) + "…";
    }

    static final int MAX_TITLE_FROM_QUESTION = 80;
}
