package io.newsdesk.llm;

import io.newsdesk.support.FakeHttpServer;

import java.util.concurrent.atomic.AtomicLong;

/** Canned fake-LLM behaviours for benchmarks outside this package. */
public final class FakeLlmReplies {

    private static final AtomicLong lastStreamNanos = new AtomicLong();

    private FakeLlmReplies() {
    }

    /** Replies with source 1's first sentence and [1], streamed in chunks {@code delayMillis} apart. */
    public static void firstSentenceOfSourceOne(long delayMillis) {
        FakeLlm.server.reset();
        FakeLlm.server.on("/chat/completions", request -> {
            String text = FakeLlm.firstSentence(FakeLlm.source(request.body(), 1)) + " [1]";
            FakeHttpServer.Reply reply = FakeLlm.openAiStream(text, delayMillis);
            lastStreamNanos.set(reply.chunks().size() * delayMillis * 1_000_000L);
            return reply;
        });
    }

    /** How long the last reply took to stream, by construction (chunks × delay). */
    public static double lastStreamMillis() {
        return lastStreamNanos.get() / 1e6;
    }
}
