package io.newsdesk.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A cited summary.
 *
 * @param answer    1–5 sentences, each followed by {@code [n]} markers into {@code citations}
 * @param citations the quoted sources, numbered from 1
 * @param grounded  false when the articles do not cover the question (then there are no citations)
 * @param mode      {@code extractive} (sentences of the articles) or {@code generated} (by an LLM, then checked)
 * @param notice    optional note for the reader: that the LLM was unavailable, or, with a refusal on a subject the
 *                  articles cover, the closest story
 * @param coverage  {@code full} (grounded), {@code partial} (the articles are on the subject but do not state
 *                  what was asked: the answer says so first, then cites what they do report) or {@code none}
 * @param timeRange the publication days the answer was held to, from the question's words or the request's filter;
 *                  null when it was not held to any
 * <p>As JSON it also carries {@link #plainText()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(String answer, List<Citation> citations, boolean grounded, String mode, String notice,
                     Coverage coverage, TimeRange timeRange) {

    public static final String EXTRACTIVE = "extractive";
    static final String FOOTNOTES = "Sources:";
    public static final String GENERATED = "generated";
    public static final String NOT_COVERED =
            "The articles don't cover this question, so there is nothing to cite. Try asking about a topic in the news collection.";

    public Answer {
        citations = List.copyOf(citations);
        coverage = coverage != null ? coverage : grounded ? Coverage.FULL : Coverage.NONE;
    }

    public Answer(String answer, List<Citation> citations, boolean grounded, String mode, String notice, Coverage coverage) {
        this(answer, citations, grounded, mode, notice, coverage, null);
    }

    /**
     * The days an answer was held to.
     *
     * @param from  first day, ISO date, or null when open
     * @param to    last day, or null when open
     * @param words the question's words it came from ("last week"), or null when it came from the request's filter
     * @param label how the answer names it: "November 2023", "1 Oct 2023 – 31 Dec 2023"
     */
    public record TimeRange(String from, String to, String words, String label) {
    }

    public Answer withTimeRange(TimeRange range) {
        return new Answer(answer, citations, grounded, mode, notice, coverage, range);
    }

    /** A grounded answer (coverage full). */
    public static Answer grounded(String answer, List<Citation> citations, String mode) {
        return new Answer(answer, citations, true, mode, null, Coverage.FULL);
    }

    public static Answer notCovered(String mode) {
        return new Answer(NOT_COVERED, List.of(), false, mode, null, Coverage.NONE);
    }

    /** What the articles report on the subject, after a lead that says what they do not state. */
    public static Answer partial(String lead, Answer reported) {
        return new Answer(lead + " " + reported.answer(), reported.citations(), false, reported.mode(), null, Coverage.PARTIAL,
                reported.timeRange());
    }

    public Answer withNotice(String text) {
        return new Answer(answer, citations, grounded, mode, text, coverage, timeRange);
    }

    /** How far the articles answer the question. */
    public enum Coverage {
        FULL, PARTIAL, NONE;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The answer as plain text: its notice in italics, then its sources as footnotes
     * ({@code [n] title (source): “quote”}). The one citation format for plain-text channels: the
     * OpenAI-compatible API sends it and the chat page's Copy button copies it.
     */
    @JsonProperty(value = "plainText", access = JsonProperty.Access.READ_ONLY)
    public String plainText() {
        StringBuilder text = new StringBuilder(answer);
        if (notice != null) {
            text.append("\n\n_").append(notice).append('_');
        }
        if (!citations.isEmpty()) {
            text.append("\n\n").append(FOOTNOTES);
            for (Citation c : citations) {
                text.append("\n[").append(c.index()).append("] ").append(c.title()).append(" (").append(c.source())
                        .append(", ").append(io.newsdesk.time.PublishedDates.human(c.day().orElse(null)))
                        .append("): “").append(c.quote()).append('”');
            }
        }
        return text.toString();
    }

    /** Where {@link #plainText()}'s footnotes begin, so a client's copy of it can be read back as history. */
    public static String withoutFootnotes(String plainText) {
        int notes = plainText.indexOf("\n\n" + FOOTNOTES);
        return notes < 0 ? plainText : plainText.substring(0, notes);
    }
}
