package io.newsdesk.llm;



/** Canned fake-LLM behaviours for benchmarks outside this package. */
public final class FakeLlmReplies {

    private FakeLlmReplies() {
    }

    /** Replies with source 1's first sentence and [1], streamed in chunks {@code delayMillis} apart. */
    public static void firstSentenceOfSourceOne(long delayMillis) {
        FakeLlm.server.reset();
        FakeLlm.server.on("/chat/completions", request -> {
            String text = FakeLlm.firstSentence(FakeLlm.source(request.body(), 1)) + " [1]";
            return FakeLlm.openAiStream(text, delayMillis);
        });
    }

    /** How long the fake took to serve the last reply, measured on its side. */
    public static double lastStreamMillis() {
        return FakeLlm.server.lastServeNanos() / 1e6;
    }
}
