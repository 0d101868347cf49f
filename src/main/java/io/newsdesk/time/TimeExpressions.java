package io.newsdesk.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.TemporalUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates an English question asks about: "in November 2023", "on 27 November", "Q3 2023",
 * "between October and December", "last week", "since Monday", "in the past 30 days". Dates without a
 * year take the latest year that does not put them after the asked-on date. Bare month names count
 * only after a cue word or before a day or year ("Who may lead" is no date), bare years only after a
 * cue word, and vague words ("recently") not at all. The words come from {@code lexicon/time-words.properties}.
 */
public final class TimeExpressions {

    /**
     * A time expression: its days, and the words of the question it came from, as written. The words
     * leave out a leading "in", "on", "of", "during" or "the", which do not change the days ("in
     * November 2023" gives "November 2023"), but keep "since", "before", "after", "until", "between".
     */
    public record Found(DateRange range, String words) {
    }

    /**
     * The question's tokens, in order: an ISO date ("2023-11-27"), a quarter ("Q3"), a number with an
     * optional ordinal suffix ("27th"), a run of letters, or any other single non-space character.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<iso>(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?!\\d))"
                    + "|(?<quarter>(?<![\\p{L}\\d])q[1-4](?![\\p{L}\\d]))"
                    + "|(?<number>\\d+)(?<suffix>st|nd|rd|th)?(?!\\p{L})"
                    + "|(?<word>\\p{L}+)"
                    + "|(?<other>\\S)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** How far back a date without a year may go looking for a year that is not in the future (29 February). */
    private static final int YEARS_BACK = 8;

    private TimeExpressions() {
    }

    /**
     * The first time expression in {@code question}, resolved against {@code asOf} (the day it is asked),
     * or empty when there is none.
     */
    public static Optional<Found> find(String question, LocalDate asOf) {
        if (question == null || question.isBlank() || asOf == null) {
            return Optional.empty();
        }
        Scan scan = new Scan(question, asOf);
        for (int i = 0; i < scan.tokens.size(); i++) {
            Result result = scan.expression(i);
            if (result != null) {
                String words = question.substring(scan.tokens.get(result.first).start,
                        scan.tokens.get(result.end - 1).end);
                return Optional.of(new Found(result.range, words));
            }
        }
        return Optional.empty();
    }

    private enum Kind { ISO, QUARTER, NUMBER, WORD, OTHER }

    /**
     * One token. {@code value} is a number's or quarter's value (-1 when too long); {@code ordinal} says a
     * number had "st", "nd", "rd" or "th"; {@code glued} says it is part of something else ("$2023",
     * "2023-2024", "8:45", "30%"), so no date.
     */
    private record Token(Kind kind, String text, String lower, int start, int end, int value, boolean ordinal,
                         boolean glued) {

        boolean is(Set<String> words) {
            return kind == Kind.WORD && words.contains(lower);
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && lower.equals(word);
        }

        boolean isPunctuation(String marks) {
            return kind == Kind.OTHER && marks.contains(text);
        }

        /** A plain number of at most {@code digits} digits. */
        boolean isNumber(int digits) {
            return kind == Kind.NUMBER && !glued && text.length() - (ordinal ? 2 : 0) <= digits;
        }

        /** A four-digit year from 1900 to 2100, not part of anything else. */
        boolean isYear() {
            return kind == Kind.NUMBER && !glued && !ordinal && text.length() == 4 && value >= 1900 && value <= 2100;
        }

        /** A day of a month: 1 to 31, with or without "th". */
        boolean isDayOfMonth() {
            return isNumber(2) && value >= 1 && value <= 31;
        }
    }

    /** An expression's first token, the token after its last, and its days. */
    private record Result(int first, int end, DateRange range) {
    }

    /**
     * A date phrase (tokens {@code first} to before {@code end}): its days, or, when it names no year
     * ("27 November", "September", "Q3"), the days it would be in a given year.
     */
    private record Atom(int first, int end, DateRange fixed, IntFunction<DateRange> inYear) {

        static Atom fixed(int first, int end, DateRange range) {
            return new Atom(first, end, range, null);
        }

        static Atom inYear(int first, int end, Integer year, IntFunction<DateRange> inYear) {
            if (year == null) {
                return new Atom(first, end, null, inYear);
            }
            try {
                return new Atom(first, end, inYear.apply(year), null);
            } catch (DateTimeException invalid) {
                return null;
            }
        }

        /** The fixed days, or those of the latest year whose days start no later than {@code asOf}. */
        DateRange resolve(LocalDate asOf) {
            if (fixed != null) {
                return fixed;
            }
            for (int year = asOf.getYear(); year >= asOf.getYear() - YEARS_BACK; year--) {
                try {
                    DateRange range = inYear.apply(year);
                    if (!range.from().isAfter(asOf)) {
                        return range;
                    }
                } catch (DateTimeException invalid) {
                    // 29 February in a common year: try the year before.
                }
            }
            return null;
        }
    }

    /** One question's tokens, and the parsers that read expressions off them. */
    private static final class Scan {

        final List<Token> tokens = new ArrayList<>();
        final LocalDate asOf;

        Scan(String question, LocalDate asOf) {
            this.asOf = asOf;
            Matcher matcher = TOKEN.matcher(question);
            while (matcher.find()) {
                Kind kind = matcher.group("iso") != null ? Kind.ISO
                        : matcher.group("quarter") != null ? Kind.QUARTER
                        : matcher.group("number") != null ? Kind.NUMBER
                        : matcher.group("word") != null ? Kind.WORD : Kind.OTHER;
                String text = matcher.group();
                int value = -1;
                boolean glued = false;
                if (kind == Kind.NUMBER) {
                    String digits = matcher.group("number");
                    value = digits.length() <= 9 ? Integer.parseInt(digits) : -1;
                    glued = glued(question, matcher.start(), matcher.end("number"));
                } else if (kind == Kind.QUARTER) {
                    value = text.charAt(1) - '0';
                }
                tokens.add(new Token(kind, text, text.toLowerCase(Locale.ROOT), matcher.start(), matcher.end(), value,
                        matcher.group("suffix") != null, glued));
            }
        }

        /** Whether the number at {@code start..end} belongs to an amount, a span, a time or a longer number. */
        private static boolean glued(String text, int start, int end) {
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            char beforeThat = start > 1 ? text.charAt(start - 2) : ' ';
            char after = end < text.length() ? text.charAt(end) : ' ';
            char afterThat = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
            String joiners = "-–—/.,:";
            return "$£€¥#".indexOf(before) >= 0 || after == '%'
                    || joiners.indexOf(before) >= 0 && Character.isDigit(beforeThat)
                    || joiners.indexOf(after) >= 0 && Character.isDigit(afterThat);
        }

        Token token(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
        }

        boolean isWord(int i, Set<String> words) {
            Token token = token(i);
            return token != null && token.is(words);
        }

        boolean isPunctuation(int i, String marks) {
            Token token = token(i);
            return token != null && token.isPunctuation(marks);
        }

        /** A whole expression starting at token {@code i}: a range, a changed date, or a date. */
        Result expression(int i) {
            Token token = token(i);
            if (token.kind == Kind.WORD) {
                String word = token.lower;
                if (Lexicon.BETWEEN.contains(word) || Lexicon.FROM.contains(word)) {
                    Result range = range(i, Lexicon.BETWEEN.contains(word) ? Lexicon.BETWEEN_AND : Lexicon.FROM_TO);
                    if (range != null) {
                        return range;
                    }
                }
                Modifier modifier = Modifier.of(word);
                if (modifier != null) {
                    Atom atom = atom(i + 1, word);
                    DateRange changed = atom == null ? null : modifier.apply(atom.resolve(asOf), asOf);
                    if (changed != null) {
                        return new Result(i, atom.end, changed);
                    }
                }
                Integer part = Lexicon.PARTS.get(word);
                if (part != null) {
                    int next = isPunctuation(i + 1, "-") || isWord(i + 1, Lexicon.OF) ? i + 2 : i + 1;
                    Atom atom = atom(next, word);
                    DateRange third = atom == null ? null : third(atom.resolve(asOf), part);
                    if (third != null) {
                        return new Result(i, atom.end, third);
                    }
                }
                if (Lexicon.MONTH_CUES.contains(word) || Lexicon.YEAR_CUES.contains(word)
                        || Lexicon.WEEKDAY_CUES.contains(word)) {
                    Result cued = result(atom(i + 1, word));
                    if (cued != null) {
                        return cued;
                    }
                }
            }
            return result(atom(i, null));
        }

        private Result result(Atom atom) {
            DateRange range = atom == null ? null : atom.resolve(asOf);
            return range == null ? null : new Result(atom.first, atom.end, range);
        }

        /** "between X and Y", "from X to Y": X's start to Y's end; a year on either side serves both. */
        private Result range(int i, Set<String> joiners) {
            String cue = token(i).lower;
            Atom start = atom(i + 1, cue);
            if (start == null || !isWord(start.end, joiners)) {
                return null;
            }
            Atom end = atom(start.end + 1, cue);
            DateRange joined = end == null ? null : join(start, end);
            return joined == null || joined.isEmpty() ? null : new Result(i, end.end, joined);
        }

        private DateRange join(Atom start, Atom end) {
            try {
                if (start.fixed != null && end.fixed != null) {
                    return new DateRange(start.fixed.from(), end.fixed.to());
                }
                if (start.fixed != null) {
                    DateRange last = end.inYear.apply(start.fixed.from().getYear());
                    if (last.to().isBefore(start.fixed.from())) {
                        last = end.inYear.apply(start.fixed.from().getYear() + 1);
                    }
                    return new DateRange(start.fixed.from(), last.to());
                }
                if (end.fixed != null) {
                    DateRange first = start.inYear.apply(end.fixed.to().getYear());
                    if (first.from().isAfter(end.fixed.to())) {
                        first = start.inYear.apply(end.fixed.to().getYear() - 1);
                    }
                    return new DateRange(first.from(), end.fixed.to());
                }
                for (int year = asOf.getYear(); year >= asOf.getYear() - YEARS_BACK; year--) {
                    DateRange first = start.inYear.apply(year);
                    DateRange last = end.inYear.apply(year);
                    if (last.to().isBefore(first.from())) {
                        last = end.inYear.apply(year + 1);
                    }
                    if (!first.from().isAfter(asOf)) {
                        return new DateRange(first.from(), last.to());
                    }
                }
            } catch (DateTimeException invalid) {
                return null;
            }
            return null;
        }

        /** Early, mid or late (part 1, 2, 3) in a whole month (by ten days) or a whole year (by four months). */
        private static DateRange third(DateRange range, int part) {
            if (range == null) {
                return null;
            }
            if (range.isWholeMonth()) {
                LocalDate first = range.from().plusDays(10L * (part - 1));
                return new DateRange(first, part == 3 ? range.to() : first.plusDays(9));
            }
            if (range.isWholeYear()) {
                YearMonth first = YearMonth.from(range.from()).plusMonths(4L * (part - 1));
                return new DateRange(first.atDay(1), first.plusMonths(3).atEndOfMonth());
            }
            return null;
        }

        /**
         * A date phrase at token {@code i}, after the word {@code cue} (null when none): the dates, times
         * relative to today, and bare months, years and weekdays when the cue allows them.
         */
        Atom atom(int i, String cue) {
            Token token = token(i);
            if (token == null) {
                return null;
            }
            boolean article = token.is(Lexicon.ARTICLE);
            if (article) {
                cue = null; // "in the 2023 budget" is no year: "the" comes between the cue and the year.
                token = token(++i);
                if (token == null) {
                    return null;
                }
            }
            switch (token.kind) {
                case ISO:
                    try {
                        return Atom.fixed(i, i + 1, DateRange.day(LocalDate.parse(token.text)));
                    } catch (DateTimeException invalid) {
                        return null;
                    }
                case QUARTER:
                    return quarter(i, i + 1, token.value);
                case NUMBER:
                    return numbered(i, cue);
                case WORD:
                    return worded(i, cue, article);
                default:
                    return null;
            }
        }

        /** "27 November 2023", "27th of November", "3rd quarter", "2023 Q3", "2023" after a cue. */
        private Atom numbered(int i, String cue) {
            Token token = token(i);
            if (token.isDayOfMonth()) {
                int at = isWord(i + 1, Lexicon.OF) ? i + 2 : i + 1;
                Month month = monthAt(at);
                if (month != null) {
                    int next = isPunctuation(at + 1, ".") ? at + 2 : at + 1;
                    return dayOf(i, next, month, token.value);
                }
            }
            if (token.ordinal && token.isNumber(1) && token.value >= 1 && token.value <= 4) {
                int at = isPunctuation(i + 1, "-") ? i + 2 : i + 1;
                if (isWord(at, Lexicon.QUARTER)) {
                    return quarter(i, at + 1, token.value);
                }
            }
            if (token.isYear()) {
                Token next = token(i + 1);
                if (next != null && next.kind == Kind.QUARTER) {
                    return Atom.fixed(i, i + 2, DateRange.quarter(token.value, next.value));
                }
                if (cue != null && Lexicon.YEAR_CUES.contains(cue)) {
                    return Atom.fixed(i, i + 1, DateRange.year(token.value));
                }
            }
            return null;
        }

        /** Words: today, this/last/past periods, ordinal quarters, month names and weekday names. */
        private Atom worded(int i, String cue, boolean article) {
            Token token = token(i);
            String word = token.lower;
            Integer daysAgo = Lexicon.DAYS_AGO.get(word);
            if (daysAgo != null) {
                return Atom.fixed(i, i + 1, DateRange.day(asOf.minusDays(daysAgo)));
            }
            TemporalUnit unit = unitAt(i + 1, true);
            if (Lexicon.THIS.contains(word) && unit != null) {
                LocalDate start = periodStart(asOf, unit);
                return start == null ? null : Atom.fixed(i, i + 2, new DateRange(start, asOf));
            }
            if (Lexicon.LAST.contains(word) && !article) {
                if (unit != null) {
                    LocalDate start = periodStart(asOf, unit);
                    return start == null ? null
                            : Atom.fixed(i, i + 2, new DateRange(start.minus(1, unit), start.minusDays(1)));
                }
                DayOfWeek weekday = token(i + 1) == null ? null : Lexicon.WEEKDAYS.get(token(i + 1).lower);
                if (weekday != null) {
                    return Atom.fixed(i, i + 2, DateRange.day(asOf.with(TemporalAdjusters.previous(weekday))));
                }
            }
            if (Lexicon.ROLLING.contains(word)) {
                if (unit != null) {
                    return rolling(i, i + 2, 1, unit);
                }
                Integer count = countAt(i + 1);
                TemporalUnit units = unitAt(i + 2, false);
                if (count != null && units != null) {
                    return rolling(i, i + 3, count, units);
                }
            }
            Integer ordinal = Lexicon.ORDINALS.get(word);
            if (ordinal != null) {
                int at = isPunctuation(i + 1, "-") ? i + 2 : i + 1;
                if (isWord(at, Lexicon.QUARTER)) {
                    return quarter(i, at + 1, ordinal);
                }
            }
            Month month = Lexicon.MONTHS.get(word);
            if (month != null) {
                return month(i, month, cue);
            }
            DayOfWeek weekday = Lexicon.WEEKDAYS.get(word);
            if (weekday != null && cue != null && Lexicon.WEEKDAY_CUES.contains(cue)) {
                int at = isPunctuation(i + 1, ",") ? i + 2 : i + 1;
                Token next = token(at);
                boolean datedNext = next != null && (next.kind == Kind.NUMBER || next.kind == Kind.ISO
                        || monthAt(at) != null);
                Atom dated = datedNext ? atom(at, null) : null;
                if (dated != null) {
                    return new Atom(i, dated.end, dated.fixed, dated.inYear);
                }
                return Atom.fixed(i, i + 1, DateRange.day(asOf.with(TemporalAdjusters.previous(weekday))));
            }
            return null;
        }

        /** "November 27, 2023", "November 27th", "Nov. 2023", "November of 2023", or "November" after a cue. */
        private Atom month(int i, Month month, String cue) {
            int at = isPunctuation(i + 1, ".") ? i + 2 : i + 1;
            Token next = token(at);
            if (next != null && next.isDayOfMonth()) {
                return dayOf(i, at + 1, month, next.value);
            }
            int yearAt = isPunctuation(at, ",") || isWord(at, Lexicon.OF) ? at + 1 : at;
            if (token(yearAt) != null && token(yearAt).isYear()) {
                int year = token(yearAt).value;
                return Atom.fixed(i, yearAt + 1, DateRange.month(YearMonth.of(year, month)));
            }
            if (cue != null && Lexicon.MONTH_CUES.contains(cue)) {
                return Atom.inYear(i, i + 1, null, year -> DateRange.month(YearMonth.of(year, month)));
            }
            return null;
        }

        /** Day {@code day} of {@code month}, with the year at token {@code at} (after an optional comma) if any. */
        private Atom dayOf(int first, int at, Month month, int day) {
            int yearAt = isPunctuation(at, ",") ? at + 1 : at;
            Token year = token(yearAt);
            boolean hasYear = year != null && year.isYear();
            return Atom.inYear(first, hasYear ? yearAt + 1 : at, hasYear ? year.value : null,
                    y -> DateRange.day(LocalDate.of(y, month, day)));
        }

        /** Quarter {@code quarter}, then an optional ("of") year. */
        private Atom quarter(int first, int at, int quarter) {
            int yearAt = isWord(at, Lexicon.OF) || isPunctuation(at, ",") ? at + 1 : at;
            Token year = token(yearAt);
            boolean hasYear = year != null && year.isYear();
            return Atom.inYear(first, hasYear ? yearAt + 1 : at, hasYear ? year.value : null,
                    y -> DateRange.quarter(y, quarter));
        }

        /** The last {@code count} units up to today: from today minus them, plus a day. */
        private Atom rolling(int first, int end, int count, TemporalUnit unit) {
            return Atom.fixed(first, end, new DateRange(asOf.minus(count, unit).plusDays(1), asOf));
        }

        private Month monthAt(int i) {
            Token token = token(i);
            return token == null || token.kind != Kind.WORD ? null : Lexicon.MONTHS.get(token.lower);
        }

        /** A unit word at {@code i}; with {@code single}, only the singular ones ("week", not "weeks"). */
        private TemporalUnit unitAt(int i, boolean single) {
            Token token = token(i);
            if (token == null || token.kind != Kind.WORD || single && token.lower.endsWith("s")) {
                return null;
            }
            return Lexicon.UNITS.get(token.lower);
        }

        /** A count at {@code i}: "30", or "two". */
        private Integer countAt(int i) {
            Token token = token(i);
            if (token == null) {
                return null;
            }
            if (token.isNumber(3) && !token.ordinal && token.value > 0) {
                return token.value;
            }
            return token.kind == Kind.WORD ? Lexicon.NUMBERS.get(token.lower) : null;
        }
    }

    /** The first day of the week (Monday), month, quarter or year holding {@code day}. */
    private static LocalDate periodStart(LocalDate day, TemporalUnit unit) {
        if (unit == ChronoUnit.WEEKS) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        if (unit == ChronoUnit.MONTHS) {
            return day.withDayOfMonth(1);
        }
        if (unit == IsoFields.QUARTER_YEARS) {
            return day.with(IsoFields.DAY_OF_QUARTER, 1);
        }
        if (unit == ChronoUnit.YEARS) {
            return day.withDayOfYear(1);
        }
        return unit == ChronoUnit.DAYS ? day : null;
    }

    /** How "since", "after", "before" and "until" change the days of what follows them. */
    private enum Modifier {
        SINCE, AFTER, BEFORE, UNTIL;

        private static final Map<String, Modifier> BY_WORD = byWord();

        static Modifier of(String word) {
            return BY_WORD.get(word);
        }

        private static Map<String, Modifier> byWord() {
            Map<String, Modifier> byWord = new HashMap<>();
            for (Modifier modifier : values()) {
                Lexicon.list("modifier." + modifier.name().toLowerCase(Locale.ROOT))
                        .forEach(word -> byWord.put(word, modifier));
            }
            return Map.copyOf(byWord);
        }

        DateRange apply(DateRange range, LocalDate asOf) {
            if (range == null) {
                return null;
            }
            switch (this) {
                case SINCE:
                    return range.from() == null ? null : new DateRange(range.from(), asOf);
                case AFTER:
                    return range.to() == null ? null : new DateRange(range.to().plusDays(1), null);
                case BEFORE:
                    return range.from() == null ? null : new DateRange(null, range.from().minusDays(1));
                default:
                    return range.to() == null ? null : new DateRange(null, range.to());
            }
        }
    }

    /**
     * The words of {@code lexicon/time-words.properties}, read once, with month and weekday names from
     * java.time. Shared by this package's classes.
     */
    static final class Lexicon {

        private static final Properties WORDS = load();

        static final Map<String, Integer> NUMBERS = numbers("number.");
        static final Map<String, Integer> ORDINALS = numbers("ordinal.");
        static final Map<String, Integer> DAYS_AGO = numbers("days.ago.");
        static final Map<String, TemporalUnit> UNITS = units();
        static final Map<String, Month> MONTHS = months();
        static final Map<String, DayOfWeek> WEEKDAYS = weekdays(TextStyle.FULL);
        /** Weekdays as feeds write them: "Monday" and "Mon". */
        static final Map<String, DayOfWeek> WEEKDAYS_ANY_FORM = anyWeekday();
        static final Map<String, ZoneOffset> ZONES = zones();
        static final Set<String> MONTH_CUES = list("cue.month");
        static final Set<String> YEAR_CUES = list("cue.year");
        static final Set<String> WEEKDAY_CUES = list("cue.weekday");
        static final Set<String> BETWEEN = list("range.between");
        static final Set<String> BETWEEN_AND = list("range.between.and");
        static final Set<String> FROM = list("range.from");
        static final Set<String> FROM_TO = list("range.from.to");
        static final Set<String> THIS = list("relative.this");
        static final Set<String> LAST = list("relative.last");
        static final Set<String> ROLLING = list("relative.rolling");
        static final Set<String> ARTICLE = list("relative.article");
        static final Set<String> QUARTER = list("quarter");
        static final Set<String> OF = list("of");
        static final Map<String, Integer> PARTS = parts();

        private Lexicon() {
        }

        /** The comma-separated words under {@code key}, lower case; none when the key is absent. */
        static Set<String> list(String key) {
            String value = WORDS.getProperty(key, "");
            Set<String> words = new LinkedHashSet<>();
            for (String word : value.split(",")) {
                String trimmed = word.trim().toLowerCase(Locale.ROOT);
                if (!trimmed.isEmpty()) {
                    words.add(trimmed);
                }
            }
            return Set.copyOf(words);
        }

        private static Properties load() {
            Properties properties = new Properties();
            try (InputStream in = TimeExpressions.class.getResourceAsStream("/lexicon/time-words.properties")) {
                if (in == null) {
                    throw new IllegalStateException("lexicon/time-words.properties is missing from the classpath");
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        }

        private static Map<String, String> prefixed(String prefix) {
            Map<String, String> found = new HashMap<>();
            for (String key : WORDS.stringPropertyNames()) {
                if (key.startsWith(prefix)) {
                    found.put(key.substring(prefix.length()), WORDS.getProperty(key).trim());
                }
            }
            return found;
        }

        private static Map<String, Integer> numbers(String prefix) {
            Map<String, Integer> numbers = new HashMap<>();
            prefixed(prefix).forEach((word, value) -> numbers.put(word, Integer.valueOf(value)));
            return Map.copyOf(numbers);
        }

        private static Map<String, TemporalUnit> units() {
            Map<String, TemporalUnit> units = new HashMap<>();
            prefixed("unit.").forEach((word, name) -> units.put(word,
                    name.equals("QUARTERS") ? IsoFields.QUARTER_YEARS : ChronoUnit.valueOf(name)));
            return Map.copyOf(units);
        }

        private static Map<String, Month> months() {
            Map<String, Month> months = new HashMap<>();
            for (Month month : Month.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                    months.put(month.getDisplayName(style, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
                }
            }
            numbers("month.").forEach((word, number) -> months.put(word, Month.of(number)));
            return Map.copyOf(months);
        }

        private static Map<String, DayOfWeek> weekdays(TextStyle style) {
            Map<String, DayOfWeek> weekdays = new HashMap<>();
            Arrays.stream(DayOfWeek.values()).forEach(day ->
                    weekdays.put(day.getDisplayName(style, Locale.ENGLISH).toLowerCase(Locale.ROOT), day));
            return Map.copyOf(weekdays);
        }

        private static Map<String, DayOfWeek> anyWeekday() {
            Map<String, DayOfWeek> weekdays = new HashMap<>(weekdays(TextStyle.FULL));
            weekdays.putAll(weekdays(TextStyle.SHORT));
            return Map.copyOf(weekdays);
        }

        private static Map<String, ZoneOffset> zones() {
            Map<String, ZoneOffset> zones = new HashMap<>();
            prefixed("zone.").forEach((name, offset) -> zones.put(name, ZoneOffset.of(offset)));
            return Map.copyOf(zones);
        }

        private static Map<String, Integer> parts() {
            Map<String, Integer> parts = new HashMap<>();
            List<String> names = List.of("early", "mid", "late");
            for (int i = 0; i < names.size(); i++) {
                for (String word : list("part." + names.get(i))) {
                    parts.put(word, i + 1);
                }
            }
            return Map.copyOf(parts);
        }
    }
}
