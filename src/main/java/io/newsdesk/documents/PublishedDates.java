package io.newsdesk.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Publication dates as ISO-8601: a date ({@code 2025-04-01}) or a date and time, with or without an offset. */
public final class PublishedDates {

    private PublishedDates() {
    }

    /** Whether a value is a date Newsdesk understands. */
    public static boolean isValid(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String text = value.strip();
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A value given by a user: null stays null, a valid date is kept, anything else is refused. */
    public static String given(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!isValid(value)) {
            throw new DocumentRejected(400, "\"publishedAt\" must be an ISO-8601 date, such as 2025-04-01 or 2025-04-01T09:30:00Z");
        }
        return value.strip();
    }

    /** A value found in a document: kept if it is a date, dropped if not. */
    public static String found(String value) {
        return isValid(value) ? value.strip() : null;
    }

    /** An instant as a date-time. */
    public static String of(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
