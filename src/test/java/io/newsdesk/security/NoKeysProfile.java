package io.newsdesk.security;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Nothing configured: the service as it starts on a fresh machine. */
public class NoKeysProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // the %test keys of application.properties win over unprofiled ones, so override those; "," is no keys
        return Map.of("%test.newsdesk.api.keys", ",", "%test.newsdesk.api.reader-keys", ",");
    }
}
