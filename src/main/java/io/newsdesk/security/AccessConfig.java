package io.newsdesk.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** Who may do what: API keys by role, and whether reads are open to anonymous clients. */
@ConfigMapping(prefix = "newsdesk.api")
public interface AccessConfig {

    /** Editor keys, comma-separated ({@code NEWSDESK_API_KEYS}); without one, nothing changes the corpus. */
    Optional<List<String>> keys();

    /** Reader keys, comma-separated ({@code NEWSDESK_API_READER_KEYS}); needed to ask when reads are closed. */
    Optional<List<String>> readerKeys();

    /** Whether asking, searching, the chat page's API calls, {@code /v1} and the article list need no key. */
    @WithDefault("true")
    boolean openReads();
}
