package io.newsdesk.answer;

import io.newsdesk.index.SearchFilter;
import io.newsdesk.time.DateRange;
import io.newsdesk.time.Recency;
import io.newsdesk.time.TimeExpressions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question says of where to look, beside what it asks: a time ("in November 2023", "last week"), the
 * publications it names ("according to TechCrunch"), and whether it wants the newest, the oldest or the story in
 * order. Read once per question. The publications are matched against the archive's sources, not its text, and
 * what remains once the time and the publications are taken out is the topic the articles must cover.
 *
 * @param topic     the question without its time expression and the publications it names
 * @param subject   the question without the publications it names, its time kept: a time may be when something
 *                  happened rather than when it was reported ("Who did Lavrov meet on March 12?")
 * @param asked     the range the question's own words give, if any
 * @param sources   the archive's sources the question names, as the archive spells them
 * @param recency   whether newer or older articles are preferred, or the answer told in date order
 * @param filter    the filter to search with: the request's, narrowed by the question's range
 * @param requested the request's own filter
 * @param conflict  true when the question's range and the request's filter share no day
 */
public record AskedScope(String topic, String subject, Optional<TimeExpressions.Found> asked, List<String> sources,
                         Recency recency, SearchFilter filter, SearchFilter requested, boolean conflict) {

    /** Names shorter than this are never read as a publication ("AP" would match too much). */
    private static final int MIN_SOURCE_CHARS = 3;
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    /** What a removed name leaves dangling: "according to", "reported by", a possessive. */
    private static final Pattern DANGLING = Pattern.compile("(?i)\\b(according to|reported by|as reported by|"
            + "published by|from|by|in|on|per)\\s*(?=[,.?!]|$)|^\\s*['’]s\\b");

    /** Reads a question against the archive's sources. */
    public static AskedScope of(Question question, Collection<String> archiveSources) {
        String text = question.text();
        Optional<TimeExpressions.Found> asked = TimeExpressions.find(text, question.asOf());
        String subject = text;
        List<String> named = new ArrayList<>();
        for (String source : archiveSources) {
            Matcher mention = mention(source).matcher(subject);
            if (mention.find()) {
                named.add(source);
                subject = remove(subject, mention.group());
            }
        }
        if (asked.isPresent() && (named.size() > 1
                || TimeExpressions.find(remove(subject, asked.get().words()), question.asOf()).isPresent())) {
            // two outlets or two times: a question comparing reports ("Did X report … before Y reported … on
            // 5 October?") wants each side's evidence, not one range of days
            asked = Optional.empty();
        }
        String asWritten = subject;
        String topic = asked.map(found -> remove(asWritten, found.words())).orElse(subject);
        SearchFilter filter = question.filter();
        boolean conflict = false;
        if (asked.isPresent()) {
            DateRange requested = filter.dates();
            DateRange narrowed = requested.intersect(asked.get().range());
            conflict = narrowed.isEmpty();
            filter = filter.withDates(conflict ? requested : narrowed);
        }
        return new AskedScope(topic.isBlank() ? text : topic, subject.isBlank() ? text : subject, asked, List.copyOf(named),
                Recency.of(text), filter, question.filter(), conflict);
    }

    /** The same scope at any time (still within its sources and desks): where else to look. */
    AskedScope anyTime() {
        return new AskedScope(topic, subject, Optional.empty(), sources, recency, filter.withDates(DateRange.ALL), requested, false);
    }

    /** The question read without its time as a range: its time words stay in the text, only the request's filter holds. */
    AskedScope asWritten() {
        return new AskedScope(subject, subject, Optional.empty(), sources, recency, requested, requested, false);
    }

    /** The range the search is held to, when the question or the request bounds it. */
    public Optional<DateRange> range() {
        return filter.dates().unbounded() ? Optional.empty() : Optional.of(filter.dates());
    }

    /**
     * A publication's name as a question writes it: whole words, as the archive capitalises it (so the source
     * "Fortune" is not read into "good fortune"), its first letter in either case ("the Verge").
     */
    static Pattern mention(String source) {
        String name = source.strip();
        if (name.length() < MIN_SOURCE_CHARS || name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            return Pattern.compile("(?!)"); // an origin such as "import" or a file name, not a publication
        }
        String first = Pattern.quote(name.substring(0, 1));
        String firstOther = Pattern.quote(name.substring(0, 1).toLowerCase(java.util.Locale.ROOT));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + first + "|" + firstOther + ")" + Pattern.quote(name.substring(1))
                + "(?![\\p{L}\\p{N}])");
    }

    private static String remove(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            return text;
        }
        String rest = text.substring(0, at) + " " + text.substring(at + words.length());
        rest = DANGLING.matcher(rest.strip()).replaceAll("");
        return SPACES.matcher(rest).replaceAll(" ").strip();
    }
}
