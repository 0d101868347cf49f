package io.newsdesk.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Days from {@code from} to {@code to}, both inclusive; a null end is open ("since 1 Nov 2023" has no
 * {@code to}). A range whose {@code from} is after its {@code to} is empty.
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** Every day: both ends open. */
    public static final DateRange ALL = new DateRange(null, null);

    /** "27 Nov 2023". */
    static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
    private static final String DASH = " – ";

    /** The one day {@code day}. */
    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    /** The whole of {@code month}. */
    public static DateRange month(YearMonth month) {
        return new DateRange(month.atDay(1), month.atEndOfMonth());
    }

    /** 1 January to 31 December of {@code year}. */
    public static DateRange year(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Quarter {@code quarter} (1-4) of {@code year}: Q3 is 1 July to 30 September. */
    public static DateRange quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new DateRange(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** Whether {@code day} is in the range; never for a null day or an empty range. */
    public boolean contains(LocalDate day) {
        return day != null && !isEmpty() && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Whether no day is in the range: {@code from} is after {@code to}. */
    public boolean isEmpty() {
        return from != null && to != null && from.isAfter(to);
    }

    /** Whether both ends are open. */
    public boolean unbounded() {
        return from == null && to == null;
    }

    /** The days in both ranges (possibly none); a null {@code other} limits nothing. */
    public DateRange intersect(DateRange other) {
        if (other == null) {
            return this;
        }
        LocalDate start = from == null ? other.from : other.from == null || from.isAfter(other.from) ? from : other.from;
        LocalDate end = to == null ? other.to : other.to == null || to.isBefore(other.to) ? to : other.to;
        return new DateRange(start, end);
    }

    /** {@code from}'s epoch day, or {@link Long#MIN_VALUE} when open. */
    public long fromEpochDay() {
        return from == null ? Long.MIN_VALUE : from.toEpochDay();
    }

    /** {@code to}'s epoch day, or {@link Long#MAX_VALUE} when open. */
    public long toEpochDay() {
        return to == null ? Long.MAX_VALUE : to.toEpochDay();
    }

    /**
     * The range as a reader would say it: "27 Nov 2023", "November 2023", "Q3 2023", "2023",
     * "since 1 Nov 2023", "until 31 Dec 2023", "1 Oct 2023 – 12 Dec 2023", "any time".
     */
    public String describe() {
        if (unbounded()) {
            return "any time";
        }
        if (from == null) {
            return "until " + DAY_FORMAT.format(to);
        }
        if (to == null) {
            return "since " + DAY_FORMAT.format(from);
        }
        if (isEmpty()) {
            return "no dates";
        }
        if (from.equals(to)) {
            return DAY_FORMAT.format(from);
        }
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
        if (wholeMonths && from.getDayOfYear() == 1 && to.getMonthValue() == 12) {
            return from.getYear() == to.getYear() ? String.valueOf(from.getYear()) : from.getYear() + DASH + to.getYear();
        }
        if (wholeMonths && isWholeQuarter()) {
            return "Q" + from.get(IsoFields.QUARTER_OF_YEAR) + " " + from.getYear();
        }
        if (wholeMonths && YearMonth.from(from).equals(YearMonth.from(to))) {
            return MONTH_FORMAT.format(from);
        }
        if (wholeMonths) {
            return (from.getYear() == to.getYear() ? MONTH_NAME.format(from) : MONTH_FORMAT.format(from)) + DASH
                    + MONTH_FORMAT.format(to);
        }
        return DAY_FORMAT.format(from) + DASH + DAY_FORMAT.format(to);
    }

    /** Whether the range is exactly one calendar month. */
    boolean isWholeMonth() {
        return from != null && to != null && from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth());
    }

    /** Whether the range is exactly one calendar year. */
    boolean isWholeYear() {
        return from != null && to != null && from.getDayOfYear() == 1 && to.equals(LocalDate.of(from.getYear(), 12, 31));
    }

    private boolean isWholeQuarter() {
        return from.getDayOfMonth() == 1 && from.getMonthValue() % 3 == 1
                && to.equals(YearMonth.from(from).plusMonths(2).atEndOfMonth());
    }
}
