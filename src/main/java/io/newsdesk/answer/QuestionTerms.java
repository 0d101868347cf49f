package io.newsdesk.answer;

import io.newsdesk.retrieve.Retriever;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A question's key terms, each weighted by how rare it is in the collection (IDF), through the retrieval layer. */
@ApplicationScoped
public class QuestionTerms {

    /** Words that shape a question but say nothing about its topic (stemmed, as the analyzer emits them). */
    private static final Set<String> QUESTION_WORDS = Set.of("what", "which", "who", "whom", "whose", "when",
            "where", "why", "how", "much", "mani", "do", "doe", "did", "ha", "have", "had", "can", "could",
            "would", "should", "tell", "me", "about", "new", "latest", "summaris", "summar", "summari", "give",
            "explain", "describ", "happen", "know", "i", "you", "we", "our", "articl", "report", "say", "said",
            "overview", "kei", "point", "brief", "main", "go", "get", "ar", "wa", "been", "being", "doing", "some",
            "ani", "all", "there", "current", "recent", "recentli", "anyth", "someth", "thing",
            // words about the articles rather than their topic ("Is Tesla mentioned in any story?")
            "mention", "discuss", "cover", "talk", "write", "written", "wrote", "stori", "piec", "sourc", "collect");

    private final Retriever retriever;

    public QuestionTerms(Retriever retriever) {
        this.retriever = retriever;
    }

    /** IDF weight of each key term of {@code text}; empty for no text. */
    public Map<String, Double> weights(String text) {
        return KeyTerm.weights(keyTerms(text));
    }

    /** The key terms of {@code text}, in order, each with the word it was written as and its IDF; empty for no text. */
    public List<KeyTerm> keyTerms(String text) {
        List<KeyTerm> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        Map<String, String> wordOf = new HashMap<>();
        for (String word : TermMatcher.words(text)) {
            for (String stem : retriever.terms(word)) {
                wordOf.putIfAbsent(stem, word);
            }
        }
        Set<String> seen = new HashSet<>();
        for (String term : retriever.terms(text)) {
            if (!QUESTION_WORDS.contains(term) && seen.add(term)) {
                terms.add(new KeyTerm(wordOf.getOrDefault(term, term), term, retriever.idf(term)));
            }
        }
        return terms;
    }

    /** Whether an analysed term only shapes the question ("what", "did", "say") and says nothing of its topic. */
    public boolean shapesQuestion(String term) {
        return QUESTION_WORDS.contains(term);
    }

    /** The IDF of an analysed term in the collection. */
    public double idf(String term) {
        return retriever.idf(term);
    }

    /** Whether any article mentions the analysed term at all. */
    public boolean mentioned(String term) {
        return retriever.mentions(term);
    }

    /** The analysed terms of a text or a name ("APT40" → "apt40"). */
    public List<String> termsOf(String name) {
        return retriever.terms(name);
    }

    /** The IDF-weighted share of {@code wanted} found in {@code present}. */
    public static double share(Map<String, Double> wanted, Set<String> present) {
        double total = 0;
        double found = 0;
        for (var entry : wanted.entrySet()) {
            total += entry.getValue();
            if (present.contains(entry.getKey())) {
                found += entry.getValue();
            }
        }
        return total == 0 ? 0 : found / total;
    }
}
