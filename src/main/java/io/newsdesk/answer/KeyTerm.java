package io.newsdesk.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A key term of a question: the word as written (what is compared by meaning), its analysed stem (what is
 * compared by wording), and its weight, the stem's IDF in the collection: rare words say more.
 */
public record KeyTerm(String word, String stem, double weight) {

    /** The stems and their weights, for the parts that compare wording only. */
    public static Map<String, Double> weights(List<KeyTerm> terms) {
        Map<String, Double> weights = new LinkedHashMap<>();
        terms.forEach(term -> weights.putIfAbsent(term.stem(), term.weight()));
        return weights;
    }
}
