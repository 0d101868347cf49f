package io.newsdesk.answer;

import io.newsdesk.index.SearchFilter;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.newsdesk.text.VisibleText;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A question and the conversation before it (oldest first). The limits hold for every channel: REST,
 * the chat page, Slack and the OpenAI-compatible API. Each channel asks {@link #problem} first and words
 * the refusal its own way; the text kept is {@linkplain #normalize normalized}.
 *
 * @param filter which articles may answer it: the dates, sources and desks the asker chose or may read
 * @param asOf   the day "last week" and "yesterday" count from: today unless a caller fixes it (evaluations do)
 */
public record Question(String text, List<Turn> history, SearchFilter filter, LocalDate asOf) {

    /** The longest question any channel accepts, in characters. */
    public static final int MAX_CHARS = 2000;
    /**
     * Earlier turns the answer reads: follow-ups are resolved against the latest ones, and a generated
     * answer's prompt carries them. Channels may send more; only the last {@value} are kept.
     */
    public static final int MAX_HISTORY = 10;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    /** Why a text cannot be asked. */
    public enum Problem {
        /** Missing, empty, or only spaces and invisible characters. */
        BLANK,
        /** Longer than {@link #MAX_CHARS}. */
        TOO_LONG,
        /** Nothing to search for: no letter or digit, only symbols or emoji. */
        NO_WORDS
    }

    public Question {
        text = normalize(text);
        history = history == null ? List.of()
                : List.copyOf(history.subList(Math.max(0, history.size() - MAX_HISTORY), history.size()));
        filter = filter == null ? SearchFilter.NONE : filter;
        asOf = asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf;
    }

    /** A question over the whole archive, as of today. */
    public Question(String text, List<Turn> history) {
        this(text, history, SearchFilter.NONE, null);
    }

    public static Question of(String text) {
        return new Question(text, List.of());
    }

    /** The same question, asked of the articles this filter accepts. */
    public Question within(SearchFilter scope) {
        return new Question(text, history, scope, asOf);
    }

    /** What keeps {@code text} from being asked, if anything. */
    public static Optional<Problem> problem(String text) {
        String normalized = normalize(text);
        if (normalized.isEmpty()) {
            return Optional.of(Problem.BLANK);
        }
        if (text.length() > MAX_CHARS) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (!VisibleText.hasWords(normalized)) {
            return Optional.of(Problem.NO_WORDS);
        }
        return Optional.empty();
    }

    /** The text {@linkplain VisibleText#of as a reader sees it}, with every run of whitespace made one space. */
    public static String normalize(String text) {
        return WHITESPACE.matcher(VisibleText.of(text)).replaceAll(" ").strip();
    }
}
