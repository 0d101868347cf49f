package io.newsdesk.answer;

import io.newsdesk.retrieve.ScoredChunk;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the retrieved passages cover a question at all. Both signals must agree unless one is strong:
 * a passage close in meaning (cosine) that also holds enough of the question's key terms (IDF-weighted;
 * unless a rare name from the question is among them, the lower the cosine, the more it takes), or one
 * that holds every key term, a rare one among them, at a somewhat lower cosine. This keeps unrelated
 * questions that happen to share a common word ("China") from being answered.
 */
@ApplicationScoped
public class CoverageGate {

    private static final Logger LOG = Logger.getLogger(CoverageGate.class);

    private final QuestionTerms terms;
    private final AnswerConfig.Gate config;

    public CoverageGate(QuestionTerms terms, AnswerConfig config) {
        this.terms = terms;
        this.config = config.gate();
    }

    /**
     * @param question the question as asked
     * @param focus    its key terms with their weights
     * @param context  a follow-up's earlier question terms (empty otherwise)
     * @param passages retrieved passages, best first
     */
    public boolean covers(String question, Map<String, Double> focus, Map<String, Double> context, List<ScoredChunk> passages) {
        if (passages.isEmpty()) {
            return false;
        }
        List<ScoredChunk> top = passages.subList(0, Math.min(config.passagesChecked(), passages.size()));
        double topDense = passages.stream().mapToDouble(ScoredChunk::dense).max().orElse(0);
        Map<String, Double> gateTerms = new HashMap<>(focus);
        context.forEach(gateTerms::putIfAbsent);
        double coverage = top.stream().mapToDouble(p -> QuestionTerms.share(gateTerms, p.chunk().passageTerms())).max().orElse(0);
        double rarest = gateTerms.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        boolean exactRareMatch = coverage >= 0.999 && rarest >= config.rareTermIdf()
                && topDense >= config.minSimilarity() - config.exactMatchMargin();
        boolean rareNameFound = Names.in(question).stream().flatMap(name -> terms.termsOf(name).stream())
                .filter(term -> focus.getOrDefault(term, 0.0) >= config.rareTermIdf())
                .anyMatch(term -> top.stream().anyMatch(p -> p.chunk().passageTerms().contains(term)));
        double requiredCoverage = config.minTermCoverage()
                + (rareNameFound ? 0 : config.coverageSlope() * Math.max(0, config.strongSimilarity() - topDense));
        boolean covered = topDense >= config.strongSimilarity()
                || (topDense >= config.minSimilarity() && coverage >= requiredCoverage)
                || exactRareMatch;
        LOG.debugf("Coverage signals: cosine %.3f, term coverage %.2f (%.2f needed), covered %s", topDense, coverage, requiredCoverage, covered);
        return covered;
    }
}
