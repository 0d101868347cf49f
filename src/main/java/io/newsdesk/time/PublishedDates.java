package io.newsdesk.time;

import io.newsdesk.time.TimeExpressions.Lexicon;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's published date as sites and feeds write it: ISO 8601 ("2023-11-27T08:45:59Z",
 * "2023-11-27T08:45:59.123+01:00", "2023-11-27 08:45:59", "2023-11-27"), RFC 1123 and RFC 822 feed dates
 * ("Mon, 27 Nov 2023 08:45:59 GMT", "27 Nov 2023 08:45:59 +0000"), written dates ("November 27, 2023",
 * "27 November 2023", "Nov 27, 2023") and the seed files' day-month-year markers ("15-03-2025",
 * "time15-03-2025"). A date without a time is midnight; a time without a zone is UTC.
 */
public final class PublishedDates {

    /** ISO 8601 date-times: a local date-time, then an optional offset (+01:00, +0100, +01, Z) and [zone]. */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendPattern("[XXX][XX][X]").optionalEnd()
            .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']')
            .optionalEnd()
            .toFormatter(Locale.ROOT);
    /** A date and a time separated by a space, or an offset or zone name after a space: made ISO before parsing. */
    private static final Pattern ISO_SPACES = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)\\s*([+-]\\d{2}(?::?\\d{2})?|z|utc|gmt)?",
            Pattern.CASE_INSENSITIVE);
    /** "15-03-2025" or "time15-03-2025": the seed files' day-month-year marker. */
    private static final Pattern MARKER = Pattern.compile("(?:time)?(\\d{1,2})-(\\d{1,2})-(\\d{4})", Pattern.CASE_INSENSITIVE);
    /** An optional time after a written date: "08:45:59", "8:45 am", "at 8:45pm", then an offset or a zone name. */
    private static final String TIME = "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
            + "\\s*(am|pm)?\\s*(?:([+-]\\d{2}:?\\d{2})|\\(?([a-z]{1,5})\\)?)?)?";
    /** Day first, as feeds write it: "Mon, 27 Nov 2023 08:45:59 GMT", "27 November 2023", "27 Nov 23". */
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?:([a-z]+)\\.?,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([a-z]+)\\.?,?\\s+(\\d{4}|\\d{2})" + TIME,
            Pattern.CASE_INSENSITIVE);
    /** Month first: "November 27, 2023", "Monday, Nov. 27, 2023 8:45 AM". */
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?:([a-z]+)\\.?,?\\s+)?([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME,
            Pattern.CASE_INSENSITIVE);
    /** The group of {@link #DAY_FIRST} and {@link #MONTH_FIRST} where {@link #TIME}'s groups start. */
    private static final int TIME_GROUP = 5;

    private PublishedDates() {
    }

    /** {@code given} as an instant with its offset (UTC when it has none), or empty when it is no date. */
    public static Optional<OffsetDateTime> parse(String given) {
        return read(given).map(Parsed::at);
    }

    /** The day {@code given} names, as written (in its own offset), or empty when it is no date. */
    public static Optional<LocalDate> day(String given) {
        return parse(given).map(OffsetDateTime::toLocalDate);
    }

    /**
     * {@code given} in ISO 8601: "2023-11-27T08:45:59Z" (its own offset, seconds always, fractions when
     * any), "2023-11-27" when it has no time; null when it is no date.
     */
    public static String iso(String given) {
        return read(given)
                .map(parsed -> parsed.dateOnly ? parsed.at.toLocalDate().toString()
                        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(parsed.at))
                .orElse(null);
    }

    /** "27 Nov 2023", or "date unknown" for null. */
    public static String human(LocalDate day) {
        return day == null ? "date unknown" : DateRange.DAY_FORMAT.format(day);
    }

    /** A parsed date, and whether it had no time of day. */
    private record Parsed(OffsetDateTime at, boolean dateOnly) {

        static Optional<Parsed> date(LocalDate day) {
            return Optional.of(new Parsed(day.atStartOfDay().atOffset(ZoneOffset.UTC), true));
        }
    }

    private static Optional<Parsed> read(String given) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        String text = given.strip();
        try {
            if (text.length() >= 10 && Character.isDigit(text.charAt(0)) && text.charAt(4) == '-') {
                return iso8601(text);
            }
            Matcher marker = MARKER.matcher(text);
            if (marker.matches()) {
                return Parsed.date(LocalDate.of(Integer.parseInt(marker.group(3)), Integer.parseInt(marker.group(2)),
                        Integer.parseInt(marker.group(1))));
            }
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.matches()) {
                return written(dayFirst, dayFirst.group(2), dayFirst.group(3), dayFirst.group(4));
            }
            Matcher monthFirst = MONTH_FIRST.matcher(text);
            if (monthFirst.matches()) {
                return written(monthFirst, monthFirst.group(3), monthFirst.group(2), monthFirst.group(4));
            }
        } catch (DateTimeException | NumberFormatException invalid) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Parsed> iso8601(String text) {
        Matcher spaced = ISO_SPACES.matcher(text);
        if (spaced.matches()) {
            String zone = spaced.group(3);
            boolean named = zone != null && Character.isLetter(zone.charAt(0));
            text = spaced.group(1) + "T" + spaced.group(2).replace(',', '.') + (zone == null ? "" : named ? "Z" : zone);
        }
        if (text.length() == 10) {
            return Parsed.date(LocalDate.parse(text));
        }
        TemporalAccessor parsed = ISO.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
        OffsetDateTime at = parsed instanceof ZonedDateTime ? ((ZonedDateTime) parsed).toOffsetDateTime()
                : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
        return Optional.of(new Parsed(at, false));
    }

    /**
     * A written date: day, month name and year, then the time groups from {@link #TIME_GROUP} on (hour,
     * minute, second, fraction, am/pm, offset, zone name). The optional leading word must be a weekday
     * name, though not necessarily the right one: feeds get it wrong often enough.
     */
    private static Optional<Parsed> written(Matcher matcher, String dayText, String monthText, String yearText) {
        int timeGroup = TIME_GROUP;
        String weekday = matcher.group(1);
        if (weekday != null && !Lexicon.WEEKDAYS_ANY_FORM.containsKey(weekday.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Month month = Lexicon.MONTHS.get(monthText.toLowerCase(Locale.ROOT));
        if (month == null) {
            return Optional.empty();
        }
        int year = Integer.parseInt(yearText);
        if (yearText.length() == 2) {
            year += year < 70 ? 2000 : 1900;
        }
        LocalDate day = LocalDate.of(year, month, Integer.parseInt(dayText));
        if (matcher.group(timeGroup) == null) {
            return Parsed.date(day);
        }
        int hour = Integer.parseInt(matcher.group(timeGroup));
        String half = matcher.group(timeGroup + 4);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.equalsIgnoreCase("pm") ? 12 : 0);
        }
        String fraction = matcher.group(timeGroup + 3);
        int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
        LocalTime time = LocalTime.of(hour, Integer.parseInt(matcher.group(timeGroup + 1)),
                matcher.group(timeGroup + 2) == null ? 0 : Integer.parseInt(matcher.group(timeGroup + 2)), nanos);
        ZoneOffset offset = ZoneOffset.UTC;
        String numeric = matcher.group(timeGroup + 5);
        String named = matcher.group(timeGroup + 6);
        if (numeric != null) {
            offset = ZoneOffset.of(numeric.length() == 5 ? numeric.substring(0, 3) + ":" + numeric.substring(3) : numeric);
        } else if (named != null) {
            offset = Lexicon.ZONES.get(named.toLowerCase(Locale.ROOT));
            if (offset == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new Parsed(OffsetDateTime.of(day, time, offset), false));
    }
}
