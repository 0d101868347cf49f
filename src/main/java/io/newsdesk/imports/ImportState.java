package io.newsdesk.imports;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Where an import job is in its life. */
public enum ImportState {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
