package io.newsdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based English sentence boundaries for news text. A boundary is terminal punctuation, any
 * closing quotes, whitespace, then something that can start a sentence; abbreviations ("Mr.",
 * "U.S.", initials) and decimals ("36.3%") are not boundaries. Paragraph breaks always are.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "inc", "ltd", "co", "corp", "vs",
            "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "no", "gov", "sen", "rep", "gen", "col",
            "lt", "sgt", "capt", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "approx", "est", "fig", "al");

    private SentenceSplitter() {
    }

    /** Sentence spans of {@code text}, trimmed of surrounding whitespace. */
    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                add(text, start, i, spans);
                start = i + 2;
                i++;
                continue;
            }
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < n && isClosing(text.charAt(end))) {
                end++;
            }
            if (end >= n || !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < n && text.charAt(next) == ' ') {
                next++;
            }
            if (next < n && canStartSentence(text.charAt(next)) && !(c == '.' && isAbbreviation(text, i))) {
                add(text, start, end, spans);
                start = next;
                i = next - 1;
            }
        }
        add(text, start, n, spans);
        return spans;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']';
    }

    private static boolean canStartSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '‘'
                || c == '\'' || c == '(' || c == '[' || c == '$';
    }

    private static boolean isAbbreviation(String text, int dot) {
        int begin = dot;
        while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1)) && text.charAt(begin - 1) != '(') {
            begin--;
        }
        String token = text.substring(begin, dot);
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            return true; // an initial: "Larry C. Johnson"
        }
        return ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT));
    }

    private static void add(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
