package io.newsdesk.documents;

import java.time.Instant;

/**
 * Publication dates as users and documents give them, kept as ISO-8601 ({@link io.newsdesk.time.PublishedDates#iso}):
 * ISO dates and date-times, feed (RFC 1123) dates and written dates such as "November 27, 2023" are read.
 */
public final class PublishedDates {

    private PublishedDates() {
    }

    /** Whether a value is a date Newsdesk understands. */
    public static boolean isValid(String value) {
        return io.newsdesk.time.PublishedDates.iso(value) != null;
    }

    /** A value given by a user: null stays null, a date is kept as ISO-8601, anything else is refused. */
    public static String given(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String iso = io.newsdesk.time.PublishedDates.iso(value);
        if (iso == null) {
            throw new DocumentRejected(400, "\"publishedAt\" must be a date, such as 2025-04-01 or 2025-04-01T09:30:00Z");
        }
        return iso;
    }

    /** A value found in a document: kept as ISO-8601 if it is a date, dropped if not. */
    public static String found(String value) {
        return io.newsdesk.time.PublishedDates.iso(value);
    }

    /** An instant as a date-time. */
    public static String of(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
