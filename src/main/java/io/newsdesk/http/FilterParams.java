package io.newsdesk.http;

import io.newsdesk.index.SearchFilter;
import io.newsdesk.time.DateRange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The filters every read path takes, read the same way everywhere: {@code from} and {@code to} (ISO dates or
 * date-times, inclusive, by publication day), {@code source} (one or more, case aside) and {@code desk} (one or
 * more). A value that cannot be read is a 400 that names its field.
 */
public final class FilterParams {

    /** The most sources or desks one request may name. */
    public static final int MAX_VALUES = 50;
    private static final int MAX_VALUE_CHARS = 200;

    private FilterParams() {
    }

    /** The filter a request asks for; throws a 400 naming the field that is wrong. */
    public static SearchFilter of(String from, String to, Collection<String> sources, Collection<String> desks) {
        LocalDate start = day(from, "from");
        LocalDate end = day(to, "to");
        DateRange range = new DateRange(start, end);
        if (range.isEmpty()) {
            throw ApiException.badRequest("\"from\" (" + from.strip() + ") is after \"to\" (" + to.strip()
                    + "): the range holds no day");
        }
        List<String> allowedDesks = values(desks, "desk");
        try {
            allowedDesks.forEach(io.newsdesk.domain.Article::checkedDesk);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return new SearchFilter(range, java.util.Set.copyOf(values(sources, "source")),
                allowedDesks.isEmpty() ? null : java.util.Set.copyOf(allowedDesks));
    }

    /** A date or date-time as the day it falls on (at its own offset); null when not given. */
    public static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String given = value.strip();
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(given).toLocalDate();
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return LocalDateTime.parse(given).toLocalDate();
                } catch (DateTimeParseException e) {
                    throw ApiException.badRequest("\"" + field + "\" must be an ISO-8601 date or date-time, such as "
                            + "2023-11-01 or 2023-11-01T09:30:00Z; got \"" + shortened(given) + "\"");
                }
            }
        }
    }

    /** Values given once each or comma-separated, stripped, blanks dropped. */
    private static List<String> values(Collection<String> given, String field) {
        List<String> values = new ArrayList<>();
        if (given == null) {
            return values;
        }
        for (String entry : given) {
            if (entry == null) {
                continue;
            }
            for (String value : entry.split(",")) {
                String stripped = value.strip();
                if (stripped.length() > MAX_VALUE_CHARS) {
                    throw ApiException.badRequest("each \"" + field + "\" must have at most " + MAX_VALUE_CHARS + " characters");
                }
                if (!stripped.isEmpty()) {
                    values.add(stripped);
                }
            }
        }
        if (values.size() > MAX_VALUES) {
            throw ApiException.badRequest("at most " + MAX_VALUES + " values of \"" + field + "\" are accepted");
        }
        return values;
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
