package io.newsdesk.llm;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** A fake OpenAI-compatible server and a circuit breaker that opens after 3 failed calls in a row, for 1 s. */
public class CircuitBreakerProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeLlm.class, Map.of("provider", "openai", "circuit-failure-threshold", "3")));
    }
}
