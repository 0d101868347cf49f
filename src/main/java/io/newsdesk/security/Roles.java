package io.newsdesk.security;

/** The two roles, whether they come from an API key or from a token's {@code groups} claim. */
public final class Roles {

    /** Changes the corpus, reads feedback and import jobs. Implies {@link #READER}. */
    public static final String EDITOR = "editor";

    /** Asks and searches when reads are closed. */
    public static final String READER = "reader";

    private Roles() {
    }
}
