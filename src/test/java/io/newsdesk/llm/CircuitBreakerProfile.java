package io.newsdesk.llm;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** A fake OpenAI-compatible server and a circuit breaker that opens after 3 failed calls in a row, for 4 s: long enough
 * that a slow machine (a GC pause, a busy second core) cannot reach the half-open trial before the test means to. */
public class CircuitBreakerProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeLlm.class, Map.of("provider", "openai",
                "circuit-failure-threshold", "3", "circuit-open-for", "4s")));
    }
}
