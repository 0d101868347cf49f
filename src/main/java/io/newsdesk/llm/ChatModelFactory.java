package io.newsdesk.llm;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/** LangChain4j's streaming chat model for the configured provider. */
final class ChatModelFactory {

    private ChatModelFactory() {
    }

    static StreamingChatModel create(LlmConfig config) {
        return switch (config.provider()) {
            case NONE -> null;
            case OPENAI -> OpenAiStreamingChatModel.builder()
                    .baseUrl(config.baseUrl().orElse("https://api.openai.com/v1"))
                    .apiKey(config.apiKey().orElse("not-needed"))
                    .modelName(config.model())
                    .temperature(config.temperature())
                    .timeout(config.timeout())
                    .build();
            case OLLAMA -> (StreamingChatModel) OllamaStreamingChatModel.builder()
                    .baseUrl(config.baseUrl().orElse("http://localhost:11434"))
                    .modelName(config.model())
                    .temperature(config.temperature())
                    .timeout(config.timeout())
                    .build();
        };
    }
}
