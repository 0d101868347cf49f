package io.newsdesk.answer;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes a follow-up question stand alone. "How much did they pay?" after a question about Shenzhen
 * University is searched together with that question and its answer, and the earlier question's terms
 * become context for choosing sentences.
 */
@ApplicationScoped
public class QueryRewriter {

    private static final Set<String> ANAPHORA = Set.of("they", "them", "their", "theirs", "it", "its", "he", "him",
            "his", "she", "her", "this", "that", "these", "those", "there", "the company", "the firm", "the country");
    private static final Pattern CONTINUATION = Pattern.compile("^(and|also|what about|how about|so|then|why)\\b.*");
    private static final Pattern MARKERS = Pattern.compile("\\s*\\[\\d+]");
    private static final int MAX_CONTEXT_CHARS = 400;
    private static final int SHORT_QUESTION_WORDS = 4;

    /** The query to retrieve with, and the context a follow-up carries over. */
    public RetrievalQuery rewrite(Question question) {
        String text = question.text().strip();
        List<Turn> history = question.history();
        if (history.isEmpty() || !isFollowUp(text)) {
            return new RetrievalQuery(text, text, "");
        }
        Turn last = history.get(history.size() - 1);
        String previousAnswer = last.answer() == null ? "" : MARKERS.matcher(last.answer()).replaceAll("");
        if (previousAnswer.length() > MAX_CONTEXT_CHARS) {
            previousAnswer = previousAnswer.substring(0, MAX_CONTEXT_CHARS);
        }
        String context = last.question() == null ? "" : last.question().strip();
        return new RetrievalQuery(context + " " + text + " " + previousAnswer, text, context);
    }

    static boolean isFollowUp(String question) {
        String q = " " + question.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ") + " ";
        for (String word : ANAPHORA) {
            if (q.contains(" " + word + " ")) {
                return true;
            }
        }
        return CONTINUATION.matcher(q.strip()).matches() || q.strip().split("\\s+").length <= SHORT_QUESTION_WORDS;
    }

    /**
     * @param search   text to retrieve with
     * @param question the question as asked: its terms choose the sentences
     * @param context  the earlier question a follow-up refers to, or empty
     */
    public record RetrievalQuery(String search, String question, String context) {
    }
}
