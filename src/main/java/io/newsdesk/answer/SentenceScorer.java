package io.newsdesk.answer;

import io.newsdesk.embed.Int8Vectors;
import io.newsdesk.retrieve.ScoredChunk;
import io.newsdesk.text.Span;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores the sentences of the best passages as answers: the question's key terms in the sentence (terms
 * the title already carries count less: they name the topic, not the answer), in the title, the
 * passage's cosine, a follow-up's context, the expected answer type (money, a number, a date), and the
 * sentence's own cosine with the question relative to the best sentence's.
 */
@ApplicationScoped
public class SentenceScorer {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!…][\"”’')\\]]*$");

    private final AnswerConfig.Sentence weights;
    private final double strongSimilarity;

    public SentenceScorer(AnswerConfig config) {
        this.weights = config.sentence();
        this.strongSimilarity = config.gate().strongSimilarity();
    }

    /** Candidate sentences, best first. */
    public List<Evidence> score(QuestionIntent intent, Map<String, Double> focus, Map<String, Double> context,
                                float[] questionVector, List<ScoredChunk> passages) {
        double topDense = passages.stream().mapToDouble(ScoredChunk::dense).max().orElse(0);
        List<Evidence> sentences = new ArrayList<>();
        for (ScoredChunk passage : scored(passages)) {
            Set<String> titleTerms = passage.chunk().titleTerms();
            String text = passage.chunk().article().text();
            List<Span> spans = passage.chunk().chunk().sentences();
            Int8Vectors sentenceVectors = passage.chunk().sentenceVectors();
            List<Set<String>> termsOfSentences = passage.chunk().sentenceTerms();
            for (int i = 0; i < spans.size(); i++) {
                Span span = spans.get(i);
                String sentence = span.of(text);
                if (!isSentence(sentence)) {
                    continue;
                }
                Set<String> sentenceTerms = termsOfSentences.get(i);
                double lexical = QuestionTerms.share(discountTitle(focus, titleTerms), sentenceTerms);
                double titled = QuestionTerms.share(focus, titleTerms);
                Set<String> around = new HashSet<>(sentenceTerms);
                around.addAll(titleTerms);
                double contextual = QuestionTerms.share(context, around);
                double cosine = sentenceVectors == null ? passage.dense() : sentenceVectors.dot(questionVector, i);
                double score = weights.lexicalWeight() * lexical + weights.titleWeight() * titled
                        + weights.passageWeight() * passage.dense() / topDense + weights.contextWeight() * contextual
                        + typeBonus(intent, sentence)
                        + (intent.broad() && span.start() == 0 ? weights.broadOpeningBonus() : 0);
                boolean matched = lexical > 0 || titled > 0 || (contextual > 0 && !context.isEmpty()) || cosine >= strongSimilarity;
                sentences.add(new Evidence(passage.chunk(), span, score, passage.dense(), matched, cosine));
            }
        }
        // The sentence's own similarity counts relative to the best sentence, so it ranks rather than gates.
        double bestCosine = sentences.stream().mapToDouble(Evidence::cosine).max().orElse(1);
        List<Evidence> scored = new ArrayList<>(sentences.size());
        for (Evidence e : sentences) {
            scored.add(new Evidence(e.chunk(), e.sentence(), e.score() + weights.similarityWeight() * e.cosine() / bestCosine,
                    e.dense(), e.matched(), e.cosine()));
        }
        scored.sort(Comparator.comparingDouble(Evidence::score).reversed());
        return scored;
    }

    /** The passages whose sentences are scored: the first few, within a margin of the best passage's cosine. */
    List<ScoredChunk> scored(List<ScoredChunk> passages) {
        double topDense = passages.stream().mapToDouble(ScoredChunk::dense).max().orElse(0);
        return passages.subList(0, Math.min(weights.passagesScored(), passages.size())).stream()
                .filter(passage -> passage.dense() >= topDense - weights.denseMargin())
                .toList();
    }

    /** The question's terms as weighted within one article: those its title already carries count less. */
    private Map<String, Double> discountTitle(Map<String, Double> focus, Set<String> titleTerms) {
        Map<String, Double> discounted = new java.util.HashMap<>(focus);
        discounted.replaceAll((term, weight) -> titleTerms.contains(term) ? weight * weights.titleTermDiscount() : weight);
        return discounted;
    }

    private double typeBonus(QuestionIntent intent, String sentence) {
        return switch (intent.type()) {
            case MONEY -> Money.AMOUNT.matcher(sentence).find() ? weights.moneyBonus()
                    : Values.NUMBER.matcher(sentence).find() ? weights.moneyNumberBonus() : 0;
            case QUANTITY -> Values.NUMBER.matcher(sentence).find() ? weights.quantityBonus() : 0;
            case TIME -> Values.DATE.matcher(sentence).find() ? weights.dateBonus() : 0;
            case OTHER -> 0;
        };
    }

    /** Subheadings ("Why does this matter?", a standfirst with no full stop) and fragments are not quotable answers. */
    private boolean isSentence(String text) {
        return text.split("\\s+").length >= weights.minWords() && SENTENCE_END.matcher(text).find();
    }
}
