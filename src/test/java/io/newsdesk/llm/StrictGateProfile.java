package io.newsdesk.llm;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * A fake OpenAI-compatible server and a coverage gate that admits only a passage at cosine 0.99: every question
 * on the collection's subjects is refused by the extractive rules, as a paraphrase they miss would be.
 */
public class StrictGateProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsdesk.answer.gate.strong-similarity", "0.99",
                "newsdesk.answer.gate.min-term-coverage", "1.01",
                "newsdesk.answer.gate.rare-term-idf", "99",
                "newsdesk.answer.gate.sentence-similarity", "1.01");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeLlm.class, Map.of("provider", "openai")));
    }
}
