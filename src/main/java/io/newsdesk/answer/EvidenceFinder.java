package io.newsdesk.answer;

import io.newsdesk.embed.Embedder;
import io.newsdesk.embed.Int8Vectors;
import io.newsdesk.retrieve.Retriever;
import io.newsdesk.retrieve.ScoredChunk;
import io.newsdesk.retrieve.SearchMode;
import io.newsdesk.retrieve.SentenceEvidence;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Finds the evidence for a question in three steps, each its own part: hybrid retrieval of candidate
 * passages, the {@link CoverageGate} (do they cover the question at all?), and the {@link SentenceScorer}
 * (which of their sentences answer it?), which compares the sentence evidence ({@link SentenceEvidence})
 * of the best passages.
 */
@ApplicationScoped
public class EvidenceFinder {

    private final Embedder embedder;
    private final Retriever retriever;
    private final QuestionTerms terms;
    private final CoverageGate gate;
    private final SentenceScorer scorer;
    private final SentenceEvidence sentenceEvidence;
    private final AnswerConfig config;

    public EvidenceFinder(Embedder embedder, Retriever retriever, QuestionTerms terms, CoverageGate gate,
                          SentenceScorer scorer, SentenceEvidence sentenceEvidence, AnswerConfig config) {
        this.embedder = embedder;
        this.retriever = retriever;
        this.terms = terms;
        this.gate = gate;
        this.scorer = scorer;
        this.sentenceEvidence = sentenceEvidence;
        this.config = config;
    }

    public Findings find(QueryRewriter.RetrievalQuery query) {
        return find(query, AskedScope.of(Question.of(query.question()), List.of()));
    }

    /**
     * The evidence within the question's scope: its filter holds inside retrieval; each publication the question
     * names is searched on its own and its passages interleaved with the rest, so a question comparing two
     * outlets' reports finds both; and when it asks for the latest or the first, newer or older passages rise.
     */
    public Findings find(QueryRewriter.RetrievalQuery query, AskedScope scope) {
        QuestionIntent intent = QuestionIntent.of(query.question());
        Retriever.Retrieval retrieval = retrieve(query.search(), scope);
        List<KeyTerm> focus = terms.keyTerms(query.question());
        List<KeyTerm> context = terms.keyTerms(query.context());
        // A follow-up was searched with its context; its sentences are compared with the question as asked.
        Supplier<float[]> questionVector = memoize(() -> query.search().equals(query.question())
                ? retrieval.vector() : embedder.embedQuery(query.question()));
        Supplier<List<ScoredChunk>> loaded = memoize(() -> sentenceEvidence.load(retrieval.passages(), config.sentence().passagesScored()));
        DoubleSupplier closestSentence = () -> closestSentence(loaded.get(), questionVector.get());
        if (!gate.covers(query.question(), focus, context, retrieval.passages(), closestSentence)) {
            // A reader held to some desks is told nothing of which words the archive holds: echoing a word the
            // other desks hold, or not, would say whether they hold it.
            boolean deskBound = scope.filter().desks() != null || !scope.filter().hiddenDesks().isEmpty();
            List<String> unmentioned = deskBound ? List.of() : focus.stream().filter(term -> !terms.mentioned(term.stem()))
                    .map(term -> asWritten(query.question(), term.word())).distinct().toList();
            return new Findings(query.question(), retrieval.passages(), List.of(), false, intent, unmentioned);
        }
        List<ScoredChunk> passages = loaded.get();
        return new Findings(query.question(), passages,
                scorer.score(intent, KeyTerm.weights(focus), KeyTerm.weights(context), questionVector.get(), passages), true, intent);
    }

    private Retriever.Retrieval retrieve(String search, AskedScope scope) {
        return retrieve(search, scope, config.passages());
    }

    /** The {@code k} passages the answer to a question within this scope reads, best first (what evaluations score). */
    public Retriever.Retrieval retrieve(String search, AskedScope scope, int k) {
        Retriever.Retrieval all = retriever.retrieve(search, k, SearchMode.HYBRID, scope.filter());
        List<ScoredChunk> passages = all.passages();
        if (!scope.sources().isEmpty()) {
            List<List<ScoredChunk>> lists = new java.util.ArrayList<>();
            for (String source : scope.sources()) {
                lists.add(retriever.retrieve(search, all.vector(), k, scope.filter().withSources(List.of(source))));
            }
            lists.add(passages);
            passages = interleaved(lists, k);
        }
        return new Retriever.Retrieval(all.vector(), Freshness.rerank(passages, scope.recency(), config.time().recencyWeight()));
    }

    /** Round-robin over ranked lists, each passage once, at most {@code limit}. */
    static List<ScoredChunk> interleaved(List<List<ScoredChunk>> lists, int limit) {
        java.util.Map<String, ScoredChunk> chosen = new java.util.LinkedHashMap<>();
        for (int rank = 0; chosen.size() < limit; rank++) {
            boolean any = false;
            for (List<ScoredChunk> list : lists) {
                if (rank < list.size()) {
                    any = true;
                    if (chosen.size() < limit) {
                        chosen.putIfAbsent(list.get(rank).chunk().id(), list.get(rank));
                    }
                }
            }
            if (!any) {
                break;
            }
        }
        return List.copyOf(chosen.values());
    }

    /** A word as the question writes it ("Austrlia", not "austrlia"); the word itself when it can't be found. */
    static String asWritten(String question, String word) {
        Matcher written = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(question);
        return written.find() ? written.group() : word;
    }

    /** The highest cosine with the question of a sentence the scorer would see (0 without sentence vectors). */
    private double closestSentence(List<ScoredChunk> passages, float[] questionVector) {
        double closest = 0;
        for (ScoredChunk passage : scorer.scored(passages)) {
            Int8Vectors vectors = passage.chunk().sentenceVectors();
            for (int i = 0; vectors != null && i < vectors.size(); i++) {
                closest = Math.max(closest, vectors.dot(questionVector, i));
            }
        }
        return closest;
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
