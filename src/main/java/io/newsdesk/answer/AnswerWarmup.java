package io.newsdesk.answer;

import io.newsdesk.retrieve.Retriever;
import io.newsdesk.retrieve.SearchMode;
import io.newsdesk.index.CorpusReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import org.jboss.logging.Logger;

/**
 * Once the corpus is ready, runs a few questions about its own articles through retrieval and the
 * extractive answerer, so the first person to ask does not pay for a cold ONNX session and cold JIT
 * (about 250 ms instead of 30). Readiness is not delayed, no LLM is called, and nothing is counted in
 * the ask metrics.
 */
@ApplicationScoped
public class AnswerWarmup {

    private static final Logger LOG = Logger.getLogger(AnswerWarmup.class);
    private static final int QUESTIONS = 3;

    private final QueryRewriter rewriter;
    private final EvidenceFinder finder;
    private final ExtractiveAnswerer extractive;
    private final Retriever retriever;

    public AnswerWarmup(QueryRewriter rewriter, EvidenceFinder finder, ExtractiveAnswerer extractive, Retriever retriever) {
        this.rewriter = rewriter;
        this.finder = finder;
        this.extractive = extractive;
        this.retriever = retriever;
    }

    void warm(@ObservesAsync CorpusReady ready) {
        long started = System.nanoTime();
        try {
            retriever.searchArticles("news", QUESTIONS, SearchMode.HYBRID).stream().map(hit -> hit.article()).forEach(article -> {
                extractive.answer(finder.find(rewriter.rewrite(Question.of("What happened: " + article.title() + "?"))));
                extractive.answer(finder.find(rewriter.rewrite(Question.of("What's the news about " + article.title() + "?"))));
            });
            LOG.debugf("Answer path warmed up in %d ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warnf("Warming up the answer path failed: %s", e.getClass().getSimpleName());
        }
    }
}
