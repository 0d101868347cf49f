package io.newsdesk.answer;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A cited summary.
 *
 * @param answer    1–5 sentences, each followed by {@code [n]} markers into {@code citations}
 * @param citations the quoted sources, numbered from 1
 * @param grounded  false when the articles do not cover the question (then there are no citations)
 * @param mode      {@code extractive} (sentences of the articles) or {@code generated} (by an LLM, then checked)
 * @param notice    optional note for the reader, e.g. that the LLM was unavailable
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(String answer, List<Citation> citations, boolean grounded, String mode, String notice) {

    public static final String EXTRACTIVE = "extractive";
    public static final String GENERATED = "generated";
    public static final String NOT_COVERED =
            "The articles don't cover this question, so there is nothing to cite. Try asking about a topic in the news collection.";

    public Answer {
        citations = List.copyOf(citations);
    }

    public static Answer notCovered(String mode) {
        return new Answer(NOT_COVERED, List.of(), false, mode, null);
    }

    public Answer withNotice(String text) {
        return new Answer(answer, citations, grounded, mode, text);
    }
}
