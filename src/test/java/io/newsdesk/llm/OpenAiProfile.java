package io.newsdesk.llm;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** Generated answers through a fake OpenAI-compatible server; one answer at a time (load shedding). */
public class OpenAiProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsdesk.limits.max-concurrent-answers", "1", "newsdesk.limits.answer-wait", "100ms");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeLlm.class, Map.of("provider", "openai")));
    }
}
