package io.newsdesk.answer;

import io.newsdesk.embed.Embedder;
import io.newsdesk.embed.Vectors;
import org.jboss.logging.Logger;
import io.newsdesk.retrieve.Retriever;
import io.newsdesk.retrieve.ScoredChunk;
import io.newsdesk.retrieve.SearchMode;
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
 * Retrieves passages for a question, decides whether they cover it, and scores their sentences.
 *
 * <p>Coverage needs both signals to agree unless one is strong: a passage close in meaning (cosine)
 * that also contains enough of the question's terms (IDF-weighted; unless a rare name from the question is
 * among them, the lower the cosine, the more it takes), or one that contains every key term, a rare one among them, at
 * a somewhat lower cosine. This keeps unrelated questions that happen
 * to share a common word ("China") from being answered.
 */
@ApplicationScoped
public class EvidenceFinder {

    private static final Logger LOG = Logger.getLogger(EvidenceFinder.class);

    /** Words that shape a question but say nothing about its topic (stemmed, as the analyzer emits them). */
    private static final Set<String> QUESTION_WORDS = Set.of("what", "which", "who", "whom", "whose", "when",
            "where", "why", "how", "much", "mani", "do", "doe", "did", "ha", "have", "had", "can", "could",
            "would", "should", "tell", "me", "about", "new", "latest", "summaris", "summar", "summari", "give",
            "explain", "describ", "happen", "know", "i", "you", "we", "our", "articl", "report", "say", "said",
            "overview", "kei", "point", "brief", "main", "go", "get", "ar", "wa", "been", "being", "doing", "some",
            "ani", "all", "there", "current", "recent", "recentli", "anyth", "someth", "thing",
            // words about the articles rather than their topic ("Is Tesla mentioned in any story?")
            "mention", "discuss", "cover", "talk", "write", "written", "wrote", "stori", "piec", "sourc", "collect");
    private static final Pattern NUMBER = Pattern.compile("\\d|\\b(million|billion|trillion|percent|per cent|hundred|thousand|dozen)\\b");
    private static final Pattern DATE = Pattern.compile("\\b(19|20)\\d\\d\\b|\\b(january|february|march|april|may|june|july|august"
            + "|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_SENTENCE_WORDS = 6;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!…][\"”’')\\]]*$");
    private static final int SCORED_PASSAGES = 8;
    private static final double DENSE_MARGIN = 0.1;
    private static final double TITLE_TERM_WEIGHT = 0.3;
    /** BM25 IDF of a term in at most about 6% of passages: a name, a number, a rare word. */
    private static final double RARE_TERM_IDF = 3.0;
    private static final double EXACT_MATCH_SIMILARITY_MARGIN = 0.15;

    private final Embedder embedder;
    private final Retriever retriever;
    private final AnswerConfig config;

    public EvidenceFinder(Embedder embedder, Retriever retriever, AnswerConfig config) {
        this.embedder = embedder;
        this.retriever = retriever;
        this.config = config;
    }

    public Findings find(QueryRewriter.RetrievalQuery query) {
        QuestionIntent intent = QuestionIntent.of(query.question());
        Retriever.Retrieval retrieval = retriever.retrieve(query.search(), config.passages(), SearchMode.HYBRID);
        List<ScoredChunk> passages = retrieval.passages();
        if (passages.isEmpty()) {
            return new Findings(query.question(), passages, List.of(), false, intent);
        }
        Map<String, Double> focus = weights(query.question());
        Map<String, Double> context = weights(query.context());
        double topDense = passages.stream().mapToDouble(ScoredChunk::dense).max().orElse(0);

        Map<String, Double> gateTerms = new java.util.HashMap<>(focus);
        context.forEach(gateTerms::putIfAbsent);
        double coverage = passages.stream().limit(3)
                .mapToDouble(p -> share(gateTerms, p.chunk().passageTerms()))
                .max().orElse(0);
        // "Who is Thea Kendler?": too short for a high cosine, but every key term, a rare one among them, is there.
        double rarest = gateTerms.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        boolean exactRareMatch = coverage >= 0.999 && rarest >= RARE_TERM_IDF
                && topDense >= config.minSimilarity() - EXACT_MATCH_SIMILARITY_MARGIN;
        // A rare name from the question in a top passage ("CATL") keeps the bar low; without one, the lower
        // the cosine, the more of the question's terms must be there ("the price of Bitcoin").
        boolean rareNameFound = Names.in(query.question()).stream().flatMap(name -> retriever.terms(name).stream())
                .filter(term -> focus.getOrDefault(term, 0.0) >= RARE_TERM_IDF)
                .anyMatch(term -> passages.stream().limit(3).anyMatch(p -> p.chunk().passageTerms().contains(term)));
        double requiredCoverage = config.minTermCoverage()
                + (rareNameFound ? 0 : config.coverageSlope() * Math.max(0, config.strongSimilarity() - topDense));
        boolean covered = topDense >= config.strongSimilarity()
                || (topDense >= config.minSimilarity() && coverage >= requiredCoverage)
                || exactRareMatch;
        LOG.debugf("Coverage signals: cosine %.3f, term coverage %.2f (%.2f needed), covered %s", topDense, coverage, requiredCoverage, covered);
        if (!covered) {
            return new Findings(query.question(), passages, List.of(), false, intent);
        }

        // A follow-up was searched with its context; its sentences are scored against the question as asked.
        float[] questionVector = query.search().equals(query.question()) ? retrieval.vector() : embedder.embedQuery(query.question());
        List<Evidence> sentences = new ArrayList<>();
        List<Double> semantic = new ArrayList<>();
        for (ScoredChunk passage : passages.subList(0, Math.min(SCORED_PASSAGES, passages.size()))) {
            if (passage.dense() < topDense - DENSE_MARGIN) {
                continue;
            }
            Set<String> titleTerms = passage.chunk().titleTerms();
            String text = passage.chunk().article().text();
            List<Span> spans = passage.chunk().chunk().sentences();
            for (int i = 0; i < spans.size(); i++) {
                Span span = spans.get(i);
                String sentence = span.of(text);
                if (!isSentence(sentence)) {
                    continue;
                }
                Set<String> sentenceTerms = passage.chunk().sentenceTerms().get(i);
                double lexical = share(focusWithin(focus, titleTerms), sentenceTerms);
                double titled = share(focus, titleTerms);
                Set<String> around = new HashSet<>(sentenceTerms);
                around.addAll(titleTerms);
                double contextual = share(context, around);
                float[][] sentenceVectors = passage.chunk().sentenceVectors();
                double cosine = sentenceVectors == null ? passage.dense() : Vectors.dot(questionVector, sentenceVectors[i]);
                double score = 0.3 * lexical + 0.1 * titled + 0.1 * passage.dense() / topDense + 0.1 * contextual
                        + typeBonus(intent, sentence)
                        + (intent.broad() && span.start() == 0 ? 0.1 : 0);
                boolean matched = lexical > 0 || titled > 0 || (contextual > 0 && !context.isEmpty())
                        || cosine >= config.strongSimilarity();
                semantic.add(cosine);
                sentences.add(new Evidence(passage.chunk(), span, score, passage.dense(), matched, cosine));
            }
        }
        // The sentence's own similarity counts relative to the best sentence, so it ranks rather than gates.
        double bestCosine = semantic.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        for (int i = 0; i < sentences.size(); i++) {
            Evidence e = sentences.get(i);
            sentences.set(i, new Evidence(e.chunk(), e.sentence(), e.score() + 0.5 * semantic.get(i) / bestCosine,
                    e.dense(), e.matched(), semantic.get(i)));
        }
        sentences.sort(Comparator.comparingDouble(Evidence::score).reversed());
        return new Findings(query.question(), passages, sentences, true, intent);
    }

    /**
     * The question's terms as weighted within one article: terms its title already carries name the
     * topic, which every sentence of the article shares, so they weigh less than the terms that ask.
     */
    private static Map<String, Double> focusWithin(Map<String, Double> focus, Set<String> titleTerms) {
        Map<String, Double> weights = new java.util.HashMap<>(focus);
        weights.replaceAll((term, weight) -> titleTerms.contains(term) ? weight * TITLE_TERM_WEIGHT : weight);
        return weights;
    }

    /** IDF weight of each key term of {@code text}. */
    private Map<String, Double> weights(String text) {
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return weights;
        }
        for (String term : retriever.terms(text)) {
            if (!QUESTION_WORDS.contains(term)) {
                weights.put(term, retriever.idf(term));
            }
        }
        return weights;
    }

    /** The IDF-weighted share of {@code wanted} found in {@code present}. */
    static double share(Map<String, Double> wanted, Set<String> present) {
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

    private static double typeBonus(QuestionIntent intent, String sentence) {
        return switch (intent.type()) {
            case MONEY -> Money.AMOUNT.matcher(sentence).find() ? 0.3 : NUMBER.matcher(sentence).find() ? 0.1 : 0;
            case QUANTITY -> NUMBER.matcher(sentence).find() ? 0.2 : 0;
            case TIME -> DATE.matcher(sentence).find() ? 0.15 : 0;
            case OTHER -> 0;
        };
    }

    /** Subheadings ("Why does this matter?", a standfirst with no full stop) and fragments are not quotable answers. */
    private static boolean isSentence(String text) {
        return text.split("\\s+").length >= MIN_SENTENCE_WORDS && SENTENCE_END.matcher(text).find();
    }
}
