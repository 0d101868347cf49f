package io.newsdesk.answer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a "how old / fast / far / tall / heavy / long" question measures, and the English expressions that
 * give such a measure: an age ("56 years old", "aged 56", "Robin Li, 56,"), a speed ("120 km/h", "60 miles
 * an hour"), a distance or size ("4 kilometres", "30-metre"), a weight ("2.3 kilograms") or a duration
 * ("five minutes", "since 2019"); "how many kilometres / tonnes / hours" asks for a measure in that unit's kind.
 * A sentence with some other number ("600 million requests") does not say how fast. Units of measurement are
 * general English, not topic words.
 */
final class Measures {

    private static final String AMOUNT = "(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|several|a few|dozens)"
            + "(?:\\s*(?:hundred|thousand|million|billion))?";
    private static final String LENGTH = "(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m|cm|centimet(?:er|re)s?|mm"
            + "|millimet(?:er|re)s?|feet|foot|ft|inch(?:es)?|yards?|nautical miles?|light[- ]years?|storeys?|stories|floors)";
    private static final String DURATION = "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)";

    private static Pattern measured(String units) {
        return Pattern.compile("\\b" + AMOUNT + "(?:\\s*|-)" + units + "\\b", Pattern.CASE_INSENSITIVE);
    }

    private static final Pattern AGE = Pattern.compile("\\b" + AMOUNT + "(?:\\s*|-)years?(?:\\s*|-)old\\b|\\baged?\\s+\\d"
            + "|\\p{Lu}\\p{L}+, \\d{1,3},|\\b(?:born|founded|established|set up|created|built) in (?:1[89]|20)\\d\\d\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEED = Pattern.compile("\\b" + AMOUNT + "(?:\\s*|-)(?:km/h|kph|mph|knots?|m/s|" + LENGTH
            + "\\s*(?:per|an|a|/)\\s*(?:hour|second|minute|h|s))|\\bmach \\d", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE = measured(LENGTH);
    private static final String WEIGHT_UNITS = "(?:kg|kilograms?|kilos?|grams?|g|(?:metric )?(?:tonnes?|tons?)|pounds?|lbs?|ounces?)";
    private static final Pattern WEIGHT = measured(WEIGHT_UNITS);
    private static final Pattern TIME_SPAN = Pattern.compile(measured(DURATION).pattern()
            + "|\\bsince (?:(?:1[89]|20)\\d\\d|january|february|march|april|may|june|july|august|september|october|november"
            + "|december|last)\\b|\\b" + AMOUNT + "(?:\\s*|-)" + LENGTH + "\\b", Pattern.CASE_INSENSITIVE);

    /** The measure each "how …" adjective asks for. "How big / much / many" are numbers, left to the number check. */
    private static final Map<String, Pattern> ASKED = Map.ofEntries(
            Map.entry("old", AGE),
            Map.entry("fast", SPEED), Map.entry("quickly", SPEED),
            Map.entry("far", Pattern.compile(SIZE.pattern() + "|" + TIME_SPAN.pattern(), Pattern.CASE_INSENSITIVE)), // "how far behind"
            Map.entry("tall", SIZE), Map.entry("high", SIZE), Map.entry("deep", SIZE),
            Map.entry("wide", SIZE),
            Map.entry("heavy", WEIGHT),
            Map.entry("long", TIME_SPAN));

    private static final Pattern HOW = Pattern.compile("how (\\p{L}+)\\b");
    /** "How many kilometres / metric tons / hours…": a count of a unit asks for a measure in it. */
    private static final Pattern HOW_MANY_UNITS = Pattern.compile("how many ((?:metric |square |cubic |nautical )?(\\p{L}+))\\b");
    private static final Pattern LENGTH_UNIT = Pattern.compile(LENGTH);
    private static final Pattern WEIGHT_UNIT = Pattern.compile(WEIGHT_UNITS);
    private static final Pattern DURATION_UNIT = Pattern.compile(DURATION);

    /** A measure a question asks for: its adjective ("fast") and the expressions that give it. */
    record Measure(String adjective, Pattern expressions) {

        /** Whether the text gives a measure of this kind. */
        boolean givenIn(String text) {
            return expressions.matcher(text).find();
        }
    }

    private Measures() {
    }

    /** The measure a question opens by asking for ("How fast can the drones fly?"), if any. */
    static Optional<Measure> askedBy(String question) {
        Matcher how = HOW.matcher(question.strip().toLowerCase(Locale.ROOT));
        if (!how.lookingAt()) {
            return Optional.empty();
        }
        String adjective = how.group(1);
        Matcher units = HOW_MANY_UNITS.matcher(question.strip().toLowerCase(Locale.ROOT));
        if (units.lookingAt()) {
            String unit = units.group(2);
            Pattern kind = LENGTH_UNIT.matcher(unit).matches() ? SIZE : WEIGHT_UNIT.matcher(unit).matches() ? WEIGHT
                    : DURATION_UNIT.matcher(unit).matches() ? TIME_SPAN : null;
            return Optional.ofNullable(kind).map(pattern -> new Measure("many " + units.group(1), pattern));
        }
        return Optional.ofNullable(ASKED.get(adjective)).map(pattern -> new Measure(adjective, pattern));
    }
}
