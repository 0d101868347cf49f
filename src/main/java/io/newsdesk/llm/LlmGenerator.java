package io.newsdesk.llm;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerListener;
import io.newsdesk.answer.Findings;
import io.newsdesk.answer.Generator;
import io.newsdesk.answer.Question;
import jakarta.enterprise.context.ApplicationScoped;

/** Generated answers through the configured LLM; disabled when the provider is {@code none}. */
@ApplicationScoped
public class LlmGenerator implements Generator {

    private final LlmConfig config;

    public LlmGenerator(LlmConfig config) {
        this.config = config;
    }

    @Override
    public boolean enabled() {
        return config.provider() != LlmConfig.Provider.NONE;
    }

    @Override
    public Answer generate(Question question, Findings findings, Answer fallback, AnswerListener listener) {
        throw new UnsupportedOperationException("not yet");
    }
}
