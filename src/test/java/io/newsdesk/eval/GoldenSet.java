package io.newsdesk.eval;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The golden questions over the seed articles: src/test/resources/golden.json. */
public record GoldenSet(List<Item> answerable, List<String> unrelated) {

    /** A question, the article(s) that answer it, and a fact the answer must contain. */
    public record Item(String question, List<String> articles, String fact) {
    }

    public static GoldenSet load() {
        try (InputStream in = GoldenSet.class.getResourceAsStream("/golden.json")) {
            return new ObjectMapper().readValue(in, GoldenSet.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read golden.json", e);
        }
    }
}
