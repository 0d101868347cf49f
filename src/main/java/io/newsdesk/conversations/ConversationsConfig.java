package io.newsdesk.conversations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the stored conversations. */
@ConfigMapping(prefix = "newsdesk.conversations")
public interface ConversationsConfig {

    /** The most conversations one person keeps; past it, their least recently used one is dropped. */
    @WithDefault("1000")
    int maxPerPerson();

    /** The most questions one conversation holds; past it, a new conversation must be started (409). */
    @WithDefault("200")
    int maxTurns();

    /**
     * The most conversations kept for browsers without a key or token (an open deployment); past it, the least
     * recently used of them are dropped, so anonymous traffic cannot fill the disk.
     */
    @WithDefault("100000")
    int maxAnonymous();
}
