package io.newsdesk.llm;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** Generated answers through a fake OpenAI-compatible server. */
public class OpenAiProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeLlm.class, Map.of("provider", "openai")));
    }
}
