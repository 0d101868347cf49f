package io.newsdesk.answer;

import io.newsdesk.text.Span;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a question's words in evidence, by wording (the index's stems) or by meaning (a word close to it,
 * {@link TermMatcher}), and measures how far apart two things stand in a sentence, in words.
 */
@ApplicationScoped
public class EvidenceWords {

    /** A word of a sentence, as its position is measured. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

    private final QuestionTerms terms;
    private final TermMatcher matcher;

    public EvidenceWords(QuestionTerms terms, TermMatcher matcher) {
        this.terms = terms;
        this.matcher = matcher;
    }

    /** The analysed terms and the words of some texts, to find a word in by wording or by meaning. */
    record Wording(Set<String> stems, Set<String> words) {
    }

    Wording of(List<String> texts) {
        Set<String> stems = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            stems.addAll(terms.termsOf(text));
            words.addAll(TermMatcher.words(text));
        }
        return new Wording(stems, words);
    }

    /** Whether the wording holds a word (with one of its stems), by stem or by a word close in meaning. */
    boolean holds(Wording wording, String word, String stem) {
        return matcher.found(new KeyTerm(word.toLowerCase(Locale.ROOT), stem, 1), wording.stems(), wording.words());
    }

    /** Whether the wording holds every stem of every word. */
    boolean holdsAll(Wording wording, List<String> words) {
        return words.stream().allMatch(word -> terms.termsOf(word).stream().allMatch(stem -> holds(wording, word, stem)));
    }

    /** Whether one word of a sentence is one of the wanted words, by wording or meaning. */
    boolean isOneOf(String sentenceWord, Set<KeyTerm> wanted) {
        String word = sentenceWord.toLowerCase(Locale.ROOT);
        Set<String> stems = Set.copyOf(terms.termsOf(word));
        return wanted.stream().anyMatch(term -> matcher.found(term, stems, Set.of(word)));
    }

    /** A word as a key term to look for, with its first stem. */
    KeyTerm wanted(String word) {
        return new KeyTerm(word, terms.termsOf(word).stream().findFirst().orElse(word), 1);
    }

    /** How many words stand between a span of a sentence and the word from {@code start} to {@code end}. */
    static int wordsBetween(String sentence, Span span, int start, int end) {
        String between = span.end() <= start ? sentence.substring(span.end(), start)
                : end <= span.start() ? sentence.substring(end, span.start()) : "";
        return (int) WORD.matcher(between).results().count();
    }
}
