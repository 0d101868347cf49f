package io.newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Streams an answer that is already complete, a sentence (with its markers) at a time. */
public final class AnswerStreams {

    private static final Pattern SENTENCE_WITH_MARKERS = Pattern.compile(".+?(?:\\s\\[\\d+])+(?=\\s|$)\\s?");

    private AnswerStreams() {
    }

    /** The answer text cut after each sentence's citation markers; the pieces join back to the text. */
    public static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher matcher = SENTENCE_WITH_MARKERS.matcher(text);
        int end = 0;
        while (matcher.find()) {
            pieces.add(matcher.group());
            end = matcher.end();
        }
        if (end < text.length()) {
            pieces.add(text.substring(end));
        }
        return pieces;
    }

    public static void emitBySentence(Answer answer, AnswerListener listener) {
        pieces(answer.answer()).forEach(listener::onText);
    }
}
