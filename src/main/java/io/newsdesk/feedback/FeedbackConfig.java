package io.newsdesk.feedback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where durable data (feedback) lives. */
@ConfigMapping(prefix = "newsdesk.data")
public interface FeedbackConfig {

    /** Data folder; feedback is appended to {@code feedback.jsonl} in it. */
    @WithDefault("data")
    String path();
}
