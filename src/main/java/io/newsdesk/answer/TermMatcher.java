package io.newsdesk.answer;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a question's key terms in evidence by wording or by meaning: a term is found when the evidence has
 * its stem, or a word whose embedding is at least {@code newsdesk.answer.gate.word-similarity} close to it
 * ("legislators" finds "lawmakers", "cabs" finds "taxis"). Below that, single-word cosines of the model do
 * not tell synonyms from neighbours ("bread" and "chips" score 0.73), so only close words count.
 */
@ApplicationScoped
public class TermMatcher {

    private final PhraseVectors vectors;
    private final double wordSimilarity;

    public TermMatcher(PhraseVectors vectors, AnswerConfig config) {
        this.vectors = vectors;
        this.wordSimilarity = config.gate().wordSimilarity();
    }

    /** Whether evidence with these analysed terms and words holds the term. */
    public boolean found(KeyTerm term, Set<String> stems, Collection<String> words) {
        return stems.contains(term.stem()) || vectors.closest(term.word(), words) >= wordSimilarity;
    }

    /** The weighted share of {@code terms} the evidence holds, by wording or by meaning. */
    public double share(List<KeyTerm> terms, Set<String> stems, Collection<String> words) {
        double total = 0;
        double found = 0;
        for (KeyTerm term : terms) {
            total += term.weight();
            if (found(term, stems, words)) {
                found += term.weight();
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /** The distinct lower-cased words of a text, as compared by meaning. */
    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 1) {
                words.add(word);
            }
        }
        return words;
    }
}
