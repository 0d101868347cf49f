package io.newsdesk.time;

import io.newsdesk.time.TimeExpressions.Lexicon;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The order a question wants its articles in: the newest ("the latest on ..."), the oldest ("when was
 * it first reported"), in order of time ("how did the strike unfold"), or none in particular. The cue
 * words come from {@code lexicon/time-words.properties}.
 */
public enum Recency {
    /** No order asked for. */
    NONE,
    /** The most recent first: "latest", "most recent", "newest", "current", "the recent ...". */
    NEWEST,
    /** The earliest first: "earliest", "oldest", "originally", "first reported", "when did X first ...". */
    OLDEST,
    /** In order of time: "how did X develop/evolve/unfold/change", "timeline", "over time", "history of". */
    CHRONOLOGICAL;

    /** Anything but letters and digits: phrases are matched between single spaces. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** How many words after "when did" or "how did" the "first" or the verb may come. */
    private static final int REACH = 10;

    private static final Set<String> NEWEST_PHRASES = Lexicon.list("recency.newest");
    private static final Set<String> OLDEST_PHRASES = Lexicon.list("recency.oldest");
    private static final Set<String> FIRST_BEFORE = Lexicon.list("recency.first.before");
    private static final Set<String> WHEN = Lexicon.list("recency.first.when");
    private static final Set<String> AUXILIARIES = Lexicon.list("recency.auxiliaries");
    private static final Set<String> IGNORED = Lexicon.list("recency.ignore");
    private static final Set<String> CHRONOLOGICAL_PHRASES = Lexicon.list("recency.chronological");
    private static final Set<String> HOW = Lexicon.list("recency.chronological.how");
    private static final Set<String> DEVELOPING = Lexicon.list("recency.chronological.verbs");
    private static final Set<String> DETERMINERS = Lexicon.list("recency.chronological.not.after");

    /**
     * The order {@code question} asks for; when it has cues for more than one, CHRONOLOGICAL wins over
     * OLDEST, and OLDEST over NEWEST.
     */
    public static Recency of(String question) {
        if (question == null || question.isBlank()) {
            return NONE;
        }
        String text = " " + NOT_A_WORD.matcher(question.toLowerCase(Locale.ROOT)).replaceAll(" ").trim() + " ";
        for (String ignored : IGNORED) {
            text = text.replace(" " + ignored + " ", " ");
        }
        String[] words = text.trim().split(" ");
        if (containsAny(text, CHRONOLOGICAL_PHRASES) || asksHowItDeveloped(words)) {
            return CHRONOLOGICAL;
        }
        if (containsAny(text, OLDEST_PHRASES) || asksFirst(words)) {
            return OLDEST;
        }
        return containsAny(text, NEWEST_PHRASES) ? NEWEST : NONE;
    }

    private static boolean containsAny(String text, Set<String> phrases) {
        for (String phrase : phrases) {
            if (text.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
    }

    /** "how did the strike unfold", "how has the policy changed". */
    private static boolean asksHowItDeveloped(String[] words) {
        for (int i = 0; i + 1 < words.length; i++) {
            if (HOW.contains(words[i]) && AUXILIARIES.contains(words[i + 1])) {
                for (int k = i + 2; k < Math.min(words.length, i + 2 + REACH); k++) {
                    if (DETERMINERS.contains(words[k - 1])) {
                        continue; // "how did the change in policy ...": a noun, not the verb
                    }
                    for (String stem : DEVELOPING) {
                        if (words[k].startsWith(stem)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** "first reported", "the first report", "when did the council first ...". */
    private static boolean asksFirst(String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!words[k].equals("first")) {
                continue;
            }
            if (k + 1 < words.length && FIRST_BEFORE.contains(words[k + 1])) {
                return true;
            }
            for (int h = Math.max(0, k - REACH); h + 1 < k; h++) {
                if (WHEN.contains(words[h]) && AUXILIARIES.contains(words[h + 1])) {
                    return true;
                }
            }
        }
        return false;
    }
}
