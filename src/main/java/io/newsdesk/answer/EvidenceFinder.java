package io.newsdesk.answer;

import io.newsdesk.embed.Embedder;
import io.newsdesk.retrieve.Retriever;
import io.newsdesk.retrieve.ScoredChunk;
import io.newsdesk.retrieve.SearchMode;
import io.newsdesk.retrieve.SentenceEvidence;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

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
        QuestionIntent intent = QuestionIntent.of(query.question());
        Retriever.Retrieval retrieval = retriever.retrieve(query.search(), config.passages(), SearchMode.HYBRID);
        List<ScoredChunk> passages = retrieval.passages();
        List<KeyTerm> focus = terms.keyTerms(query.question());
        List<KeyTerm> context = terms.keyTerms(query.context());
        if (!gate.covers(query.question(), focus, context, passages)) {
            return new Findings(query.question(), passages, List.of(), false, intent);
        }
        passages = sentenceEvidence.load(passages, config.sentence().passagesScored());
        // A follow-up was searched with its context; its sentences are scored against the question as asked.
        float[] questionVector = query.search().equals(query.question()) ? retrieval.vector() : embedder.embedQuery(query.question());
        return new Findings(query.question(), passages, scorer.score(intent, KeyTerm.weights(focus), KeyTerm.weights(context), questionVector, passages), true, intent);
    }
}
