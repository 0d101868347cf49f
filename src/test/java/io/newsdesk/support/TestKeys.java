package io.newsdesk.support;

/** The API keys the test profile configures (application.properties, %test). */
public final class TestKeys {

    public static final String EDITOR = "test-editor-key";
    public static final String READER = "test-reader-key";

    private TestKeys() {
    }
}
