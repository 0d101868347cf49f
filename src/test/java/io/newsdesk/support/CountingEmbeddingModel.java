package io.newsdesk.support;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The real model, counting how many texts reach it. */
public final class CountingEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel delegate;
    private final AtomicInteger texts = new AtomicInteger();

    public CountingEmbeddingModel(EmbeddingModel delegate) {
        this.delegate = delegate;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        texts.addAndGet(segments.size());
        return delegate.embedAll(segments);
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    public int texts() {
        return texts.get();
    }
}
