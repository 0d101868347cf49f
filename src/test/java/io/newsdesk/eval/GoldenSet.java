package io.newsdesk.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.Turn;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The golden questions over the seed articles: src/test/resources/golden.json. Written by reading the
 * articles, not the code, and split once at random into a tuning half (what thresholds may be tuned on)
 * and a held-out half (reported beside it, never tuned on).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldenSet(List<Item> answerable, List<Unrelated> unrelated) {

    public static final String TUNING = "tuning";
    public static final String HELD_OUT = "heldout";

    /**
     * A question, the article(s) that answer it, and a fact the answer must contain.
     *
     * @param type    paraphrase, who, name, number, date, multi, followup, or fact (the first set's plain questions)
     * @param split   {@link #TUNING} or {@link #HELD_OUT}
     * @param history earlier turns, for follow-ups
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String question, List<String> articles, String fact, String type, String split, List<Turn> history,
                       String origin) {

        public Item {
            history = history == null ? List.of() : history;
        }
    }

    /** A question the articles do not answer: off-topic ({@code unrelated}) or about their subjects but not stated ({@code near-miss}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unrelated(String question, String type, String split, String origin) {
    }

    public static GoldenSet load() {
        try (InputStream in = GoldenSet.class.getResourceAsStream("/golden.json")) {
            return new ObjectMapper().readValue(in, GoldenSet.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read golden.json", e);
        }
    }

    /** The first set: earlier sessions set the answer layer's thresholds on it, before the split existed. */
    static final String FIRST_SET = "first set";

    /** Only the questions written after the thresholds were set: a held-out half that nothing was ever tuned on. */
    public GoldenSet unseen() {
        return new GoldenSet(answerable.stream().filter(i -> !FIRST_SET.equals(i.origin())).toList(),
                unrelated.stream().filter(u -> !FIRST_SET.equals(u.origin())).toList());
    }

    /** The questions of one split. */
    public GoldenSet split(String split) {
        return new GoldenSet(answerable.stream().filter(i -> split.equals(i.split())).toList(),
                unrelated.stream().filter(u -> split.equals(u.split())).toList());
    }
}
