package io.newsdesk.documents;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Publication dates as ISO-8601: a date ({@code 2025-04-01}) or a date and time, with or without an offset. */
public final class PublishedDates {

    private PublishedDates() {
    }

    /** A date, optionally with a time, optionally with an offset ({@code Z}, {@code +02:00}). */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalStart().appendOffsetId()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    /** Whether a value is a date Newsdesk understands. */
    public static boolean isValid(String value) {
        try {
            return value != null && !value.isBlank() && ISO.parse(value.strip()) != null;
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
