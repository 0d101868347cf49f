package io.newsdesk.answer;

import io.newsdesk.retrieve.ScoredChunk;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * Whether the retrieved passages cover a question at all. Both signals must agree unless one is strong:
 * an article close in meaning (the best passage's cosine) whose retrieved passages hold enough of the
 * question's key terms, by wording or by meaning ({@link TermMatcher}: "legislators" is found as
 * "lawmakers"), IDF-weighted. Unless a rare name from the question is among them, the lower the cosine,
 * the more it takes; with one, a somewhat lower cosine is enough (a short question about someone the article
 * mentions in passing). A passage that holds every key term word for word, a rare one among them, passes at a
 * somewhat lower cosine too. A passage whose wording is far from the question's can still hold one sentence
 * that says what the question asks in other words: a sentence that close in meaning covers the question by
 * itself. This keeps unrelated questions that happen to share a common word ("China") from being answered,
 * while a question asked in other words than the article's is not refused for its wording.
 */
@ApplicationScoped
public class CoverageGate {

    private static final Logger LOG = Logger.getLogger(CoverageGate.class);

    private final TermMatcher matcher;
    private final QuestionTerms terms;
    private final AnswerConfig.Gate config;

    public CoverageGate(TermMatcher matcher, QuestionTerms terms, AnswerConfig config) {
        this.matcher = matcher;
        this.terms = terms;
        this.config = config.gate();
    }

    /**
     * @param question the question as asked
     * @param focus    its key terms
     * @param context  a follow-up's earlier question terms (empty otherwise)
     * @param passages retrieved passages, best first
     * @param closestSentence the highest cosine of a sentence of the scored passages with the question: only
     *                        asked for when the other signals don't decide, since it embeds those sentences
     */
    public boolean covers(String question, List<KeyTerm> focus, List<KeyTerm> context, List<ScoredChunk> passages,
                          DoubleSupplier closestSentence) {
        if (passages.isEmpty()) {
            return false;
        }
        List<ScoredChunk> top = passages.subList(0, Math.min(config.passagesChecked(), passages.size()));
        double topDense = passages.stream().mapToDouble(ScoredChunk::dense).max().orElse(0);
        Map<String, Double> focusWeights = KeyTerm.weights(focus);
        List<KeyTerm> gateTerms = new ArrayList<>(focus);
        context.stream().filter(term -> !focusWeights.containsKey(term.stem())).forEach(gateTerms::add);
        Map<String, Double> weights = KeyTerm.weights(gateTerms);

        double wordForWord = top.stream().mapToDouble(p -> QuestionTerms.share(weights, p.chunk().passageTerms())).max().orElse(0);
        double rarest = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        boolean exactRareMatch = wordForWord >= 0.999 && rarest >= config.rareTermIdf()
                && topDense >= config.minSimilarity() - config.exactMatchMargin();
        boolean rareNameFound = Names.in(question).stream().flatMap(name -> terms.termsOf(name).stream())
                .filter(term -> focusWeights.getOrDefault(term, 0.0) >= config.rareTermIdf())
                .anyMatch(term -> top.stream().anyMatch(p -> p.chunk().passageTerms().contains(term)));
        double requiredCoverage = config.minTermCoverage()
                + (rareNameFound ? 0 : config.coverageSlope() * Math.max(0, config.strongSimilarity() - topDense));
        // A rare name of the question in the passages lets a short question about it in with a lower cosine.
        double minSimilarity = config.minSimilarity() - (rareNameFound ? config.exactMatchMargin() : 0);
        // Matching by meaning embeds the passages' words the first time: only done when the decision rests on it.
        boolean decided = topDense >= config.strongSimilarity() || topDense < minSimilarity
                || wordForWord >= requiredCoverage || exactRareMatch;
        double coverage = decided ? wordForWord : articleCoverage(gateTerms, top);
        boolean covered = topDense >= config.strongSimilarity()
                || (topDense >= minSimilarity && coverage >= requiredCoverage)
                || exactRareMatch;
        double sentence = covered || topDense < config.minSimilarity() ? Double.NaN : closestSentence.getAsDouble();
        covered = covered || sentence >= config.sentenceSimilarity();
        LOG.debugf("Coverage signals: cosine %.3f, term coverage %.2f (%.2f needed), closest sentence %.3f, covered %s",
                topDense, coverage, requiredCoverage, sentence, covered);
        return covered;
    }

    /** The best share of the key terms one article's retrieved passages (and its title) hold, by wording or meaning. */
    private double articleCoverage(List<KeyTerm> gateTerms, List<ScoredChunk> top) {
        Map<String, Set<String>> stemsByArticle = new LinkedHashMap<>();
        Map<String, Set<String>> wordsByArticle = new LinkedHashMap<>();
        for (ScoredChunk passage : top) {
            String article = passage.chunk().article().id();
            stemsByArticle.computeIfAbsent(article, id -> new HashSet<>()).addAll(passage.chunk().passageTerms());
            wordsByArticle.computeIfAbsent(article, id -> new HashSet<>(TermMatcher.words(passage.chunk().article().title())))
                    .addAll(TermMatcher.words(passage.chunk().chunk().text()));
        }
        double best = 0;
        for (var article : stemsByArticle.entrySet()) {
            best = Math.max(best, matcher.share(gateTerms, article.getValue(), wordsByArticle.get(article.getKey())));
        }
        return best;
    }
}
