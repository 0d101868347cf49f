package io.newsdesk.http;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.newsdesk.index.SearchFilter;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters of a JSON request: the {@code filter} object of {@code /v1/chat/completions}, and the same fields at
 * the top of {@code /api/ask}. {@code source} and {@code desk} take a string or an array of strings.
 *
 * @param from   first publication day, ISO date or date-time, inclusive
 * @param to     last publication day, inclusive
 * @param source publications, case aside
 * @param desk   desks, among those the caller may read
 * @param asOf   the day relative times in the question ("last week") count from; today when not given
 */
public record ReadFilter(String from, String to,
                         @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> source,
                         @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> desk,
                         String asOf) {

    public static final ReadFilter NONE = new ReadFilter(null, null, null, null, null);

    /** The filter; a 400 names the field that cannot be read. */
    public SearchFilter toFilter() {
        return FilterParams.of(from, to, source, desk);
    }

    /** The day relative times count from, or null for today. */
    public LocalDate asOfDay() {
        return FilterParams.day(asOf, "asOf");
    }
}
