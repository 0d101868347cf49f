package io.newsdesk.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Streams an answer that is already complete, a sentence (with its markers) at a time. */
public final class AnswerStreams {

    private static final Pattern SENTENCE_WITH_MARKERS = Pattern.compile(".+?(?:\\s\\[\\d+])+(?=\\s|$)\\s?");

    private AnswerStreams() {
    }

    public static void emitBySentence(Answer answer, AnswerListener listener) {
        Matcher matcher = SENTENCE_WITH_MARKERS.matcher(answer.answer());
        int end = 0;
        while (matcher.find()) {
            listener.onText(matcher.group());
            end = matcher.end();
        }
        if (end < answer.answer().length()) {
            listener.onText(answer.answer().substring(end));
        }
    }
}
