package io.newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a "what" question asks for, when it names it: the noun phrase after "what" ("What sentence did they
 * receive?" asks for a sentence; "What tariff rate does…" for a tariff rate), or after "what is/was" with
 * its article and owner left out ("What was CATL's revenue last year?" asks for revenue; "What is the name
 * of…" for a name). Read from the grammar of English questions with closed word classes only (articles,
 * auxiliaries, prepositions): no topic words. Empty when the question asks for an action or a thing it
 * doesn't name ("What did Xi tell…", "What happened…").
 */
final class AskedAttribute {

    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "do", "does", "did", "has", "have",
            "had", "can", "could", "will", "would", "should", "may", "might", "must", "shall", "be", "been");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that");
    /** Closed-class words that end the noun phrase: prepositions, relatives, conjunctions, time adverbials. */
    private static final Set<String> PHRASE_ENDS = Set.of("of", "in", "on", "at", "for", "from", "by", "with", "to", "into",
            "under", "over", "between", "about", "during", "since", "after", "before", "behind", "through", "per", "as",
            "that", "which", "who", "whom", "whose", "when", "where", "and", "or", "than", "so",
            // time adverbials after the noun ("revenue last year")
            "last", "next", "this", "each", "every", "now", "today", "yesterday");
    private static final int MAX_WORDS = 4;

    private AskedAttribute() {
    }

    /** The words of the asked-for noun phrase, or empty when the question does not name what it asks for. */
    static Optional<List<String>> of(String question) {
        String[] words = question.strip().toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}'-]+");
        int i = 0;
        if (words.length < 3) {
            return Optional.empty();
        }
        boolean copula;
        if (words[0].equals("what's")) {
            copula = true;
            i = 1;
        } else if (words[0].equals("what")) {
            copula = COPULAS.contains(words[1]);
            i = copula ? 2 : 1;
        } else {
            return Optional.empty();
        }
        while (i < words.length && DETERMINERS.contains(words[i])) {
            i++;
        }
        List<String> phrase = new ArrayList<>();
        for (; i < words.length && phrase.size() <= MAX_WORDS; i++) {
            String word = words[i];
            if (copula && (word.endsWith("'s") || word.endsWith("s'"))) {
                phrase.clear(); // "CATL's revenue": the owner is the subject, not what is asked
                continue;
            }
            if (AUXILIARIES.contains(word) || PHRASE_ENDS.contains(word) || word.isBlank()) {
                break;
            }
            phrase.add(word.replaceAll("^'+|'+$", ""));
        }
        // Without "is/was", the phrase must end at an auxiliary ("What sentence did…"); "What happened…" names nothing.
        boolean named = !phrase.isEmpty() && phrase.size() <= MAX_WORDS
                && (copula || (i < words.length && AUXILIARIES.contains(words[i])));
        return named ? Optional.of(List.copyOf(phrase)) : Optional.empty();
    }
}
