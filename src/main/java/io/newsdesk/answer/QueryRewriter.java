package io.newsdesk.answer;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a follow-up question stand alone. "How much did they pay?" after a question about Shenzhen
 * University is searched together with that question and its answer, and the earlier question's terms
 * become context for choosing sentences. A chain of follow-ups ("Why?", then "And what is it betting
 * on?") reaches back to the last question that stood on its own.
 */
@ApplicationScoped
public class QueryRewriter {

    private static final Set<String> ANAPHORA = Set.of("they", "them", "their", "theirs", "it", "its", "he", "him",
            "his", "she", "her", "this", "that", "these", "those", "there");
    /** "the company", "the firm's": a definite noun phrase, which refers back when the last turn used the noun. */
    private static final Pattern DEFINITE = Pattern.compile("\\bthe\\s+(\\p{L}+?)(?:'s|’s|s)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTINUATION = Pattern.compile("^(and|also|what about|how about|so|then|why)\\b.*");
    private static final Pattern MARKERS = Pattern.compile("\\s*\\[\\d+]");
    private static final int MAX_CONTEXT_CHARS = 400;
    private static final int SHORT_QUESTION_WORDS = 4;
    private static final int MAX_CHAIN = 3;

    /** The query to retrieve with, and the context a follow-up carries over. */
    public RetrievalQuery rewrite(Question question) {
        String text = question.text().strip();
        List<Turn> history = question.history();
        if (history.isEmpty()) {
            return new RetrievalQuery(text, text, "");
        }
        Turn last = history.get(history.size() - 1);
        if (!isFollowUp(text) && !refersBack(text, last)) {
            return new RetrievalQuery(text, text, "");
        }
        String previousAnswer = last.answer() == null ? "" : MARKERS.matcher(last.answer()).replaceAll("");
        if (previousAnswer.length() > MAX_CONTEXT_CHARS) {
            previousAnswer = previousAnswer.substring(0, MAX_CONTEXT_CHARS);
        }
        String context = context(history);
        return new RetrievalQuery(context + " " + text + " " + previousAnswer, text, context);
    }

    /** The earlier questions a follow-up leans on: back to the last one that stood alone, at most {@value MAX_CHAIN}. */
    static String context(List<Turn> history) {
        List<String> chain = new java.util.ArrayList<>();
        for (int i = history.size() - 1; i >= 0 && chain.size() < MAX_CHAIN; i--) {
            String earlier = history.get(i).question() == null ? "" : history.get(i).question().strip();
            if (earlier.isEmpty()) {
                continue;
            }
            chain.add(0, earlier);
            if (!isFollowUp(earlier)) {
                break;
            }
        }
        return String.join(" ", chain);
    }

    /**
     * A follow-up leans on an earlier turn: it opens like a continuation ("And…", "What about…"), or it is
     * short or uses a pronoun ("they", "it") without naming a subject of its own ("Baidu", "APT40").
     */
    static boolean isFollowUp(String question) {
        String q = " " + question.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ") + " ";
        if (CONTINUATION.matcher(q.strip()).matches()) {
            return true;
        }
        if (!Names.in(question).isEmpty()) {
            return false;
        }
        for (String word : ANAPHORA) {
            if (q.contains(" " + word + " ")) {
                return true;
            }
        }
        return q.strip().split("\\s+").length <= SHORT_QUESTION_WORDS;
    }

    /**
     * Whether a question that names nothing of its own refers back with a definite noun phrase to a noun the
     * last turn used ("How big is the firm's fleet?" after an answer about "a taxi firm").
     */
    static boolean refersBack(String question, Turn last) {
        if (!Names.in(question).isEmpty()) {
            return false;
        }
        String earlier = ((last.question() == null ? "" : last.question()) + " " + (last.answer() == null ? "" : last.answer()))
                .toLowerCase(Locale.ROOT);
        Matcher definite = DEFINITE.matcher(question);
        while (definite.find()) {
            if (Pattern.compile("\\b" + Pattern.quote(definite.group(1).toLowerCase(Locale.ROOT)) + "\\b").matcher(earlier).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param search   text to retrieve with
     * @param question the question as asked: its terms choose the sentences
     * @param context  the earlier question a follow-up refers to, or empty
     */
    public record RetrievalQuery(String search, String question, String context) {
    }
}
