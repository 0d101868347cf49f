package io.newsdesk.answer;

import io.newsdesk.text.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The words of a question that name something: capitalised after the first word ("Baidu"), or codes ("APT40", "A100"). */
public final class Names {

    /** Capitalised phrases ("Defence Department", "Australia’s", "APT40"): what evidence names. */
    static final Pattern PHRASE = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}’'-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}’'-]*)*");

    /**
     * Countries and languages by their English names, from the JDK's locale data ("China", "Singapore",
     * "Chinese"): places and peoples, which a sentence may name without saying who did something.
     */
    private static final Set<String> PLACES_AND_PEOPLES = Stream.concat(
                    Arrays.stream(Locale.getISOCountries()).map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH)),
                    Arrays.stream(Locale.getISOLanguages()).map(code -> new Locale(code).getDisplayLanguage(Locale.ENGLISH)))
            .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /** Months and days abbreviated ("Jan.", "Tue"): capitalised, but not whom or what is asked. */
    private static final Pattern MONTH_OR_DAY = Pattern.compile("(?i)(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
            + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\\.?");

    /** Countries by their English names and ISO codes, lower-cased, to their codes, from the JDK's locale data ("south korea", "us"). */
    private static final Map<String, String> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .flatMap(code -> Stream.of(Map.entry(code.toLowerCase(Locale.ROOT), code),
                    Map.entry(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

    /** A dateline's place in capitals opens a news story's first sentence ("DHARAMSHALA, India—"): a name. */
    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,})*");
    /** A dateline with its country and dash, as it opens a story's first sentence. */
    private static final Pattern DATELINE_OPENING = Pattern.compile("\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,})*(?:,[^—–-]{1,40})?\\s*[—–-]+\\s*");
    /** Prepositions that introduce a place ("in Wuhan", "near Manila", "from Kuala Lumpur"), and "is" ("the island is Hestøya"). */
    private static final Pattern BEFORE_A_PLACE = Pattern.compile(
            "(?i).*\\b(in|at|on|near|from|to|into|across|outside|around|off|of|is|was|are|were)\\s+(the\\s+)?$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A possessive ending: "Ricketts'", "Baidu’s". */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})(['’]s?)$");
    /** What joins the names of a list: a comma, "and", "or", "&", or both. */
    private static final Pattern LIST_JOINT = Pattern.compile("\\s*(,|;)?\\s*((and|or|&)\\s+)?(the\\s+)?");
    private static final Pattern ABBREVIATION = Pattern.compile("(\\p{Lu}{2,6})s?");

    private Names() {
    }

    /** The names in a question or a sentence: capitalised words after its first, and codes. */
    public static List<String> in(String question) {
        String[] words = question.strip().split("[^\\p{L}\\p{N}]+");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty() || word.equals("I")) {
                continue;
            }
            boolean code = word.chars().anyMatch(Character::isDigit) && word.chars().anyMatch(Character::isLetter);
            if (code || (i > 0 && Character.isUpperCase(word.charAt(0)))) {
                names.add(word);
            }
        }
        return names;
    }

    /**
     * The sentence without the dateline that opens a story ("DHARAMSHALA, India—"): where the story was filed,
     * not a name the sentence tells.
     */
    static String withoutDateline(String sentence) {
        var dateline = DATELINE_OPENING.matcher(sentence);
        return dateline.lookingAt() ? sentence.substring(dateline.end()) : sentence;
    }

    /** Whether a name is a country's or a people's ("China", "Chinese", "US"), from the JDK's locale data. */
    static boolean isCountryOrPeople(String name) {
        String lower = name.replace(".", "").toLowerCase(Locale.ROOT);
        return PLACES_AND_PEOPLES.contains(lower) || COUNTRIES.containsKey(lower);
    }

    /**
     * Whether a sentence names something the question does not, other than a country or a people: what a
     * "which" question wants ("Which shipyard…" is not answered by "in Poland").
     */
    static boolean newOtherThanPlacesIn(String question, String sentence) {
        return newIn(question, sentence, true);
    }

    /**
     * Whether a sentence names something the question does not: a capitalised phrase (past the sentence's
     * capitalised first word) that is not a date ("Saturday", "March": capitalised, but not whom or what is
     * asked).
     */
    static boolean newIn(String question, String sentence) {
        return newIn(question, sentence, false);
    }

    private static boolean newIn(String question, String sentence, boolean withoutPlaces) {
        return !newNamesIn(question, sentence, withoutPlaces).isEmpty();
    }

    /** Whether a text spells out an abbreviation in words ("EVs" as "electric vehicles", "AI" as "artificial intelligence"). */
    static boolean spelledOut(String abbreviation, String text) {
        return spelling(abbreviation, text).isPresent();
    }

    /**
     * The text with each abbreviation of the question written after the words that spell it out ("40 electric
     * vehicles EVs"), so that what is found by wording finds it there too.
     */
    static String withAbbreviationsOf(String question, String text) {
        String marked = text;
        for (String word : question.split("[^\\p{L}\\p{N}]+")) {
            Optional<Span> spelled = spelling(word, marked);
            if (spelled.isPresent()) {
                marked = marked.substring(0, spelled.get().end()) + " " + word + marked.substring(spelled.get().end());
            }
        }
        return marked;
    }

    private static Optional<Span> spelling(String abbreviation, String text) {
        var letters = ABBREVIATION.matcher(abbreviation);
        if (!letters.matches()) {
            return Optional.empty();
        }
        String initials = letters.group(1).toLowerCase(Locale.ROOT);
        List<Span> words = WORD.matcher(text).results().map(m -> new Span(m.start(), m.end())).toList();
        for (int i = 0; i + initials.length() <= words.size(); i++) {
            int j = 0;
            while (j < initials.length() && Character.toLowerCase(text.charAt(words.get(i + j).start())) == initials.charAt(j)) {
                j++;
            }
            if (j == initials.length()) {
                return Optional.of(new Span(words.get(i).start(), words.get(i + j - 1).end()));
            }
        }
        return Optional.empty();
    }

    /** Whether a name of several words is what the question calls by its initials ("Amazon Web Services" and "AWS"). */
    private static boolean initialsAsked(String phrase, String question) {
        String[] words = phrase.split("\\s+");
        if (words.length < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            initials.append(word.charAt(0));
        }
        return WORD.matcher(question).results().anyMatch(word -> word.group().contentEquals(initials));
    }

    /**
     * Whether a sentence names a place the question does not, other than a country: a new name after a preposition
     * of place ("in Kristiansund"), or a dateline ("KRISTIANSUND, Norway—"). "Controlled by Beijing" names a party.
     */
    static boolean newPlaceIn(String question, String sentence) {
        return newNamesIn(question, sentence, true).stream().anyMatch(name ->
                (name.start() == 0 && DATELINE.matcher(sentence.substring(name.start(), name.end())).matches())
                        || BEFORE_A_PLACE.matcher(sentence.substring(0, name.start())).matches());
    }

    /**
     * Whether a sentence names a country the question does not, by name or code ("the US" and "the United
     * States" are one): what "Which country…" asks for.
     */
    static boolean newCountryIn(String question, String sentence) {
        Set<String> asked = new HashSet<>();
        var phrases = PHRASE.matcher(question);
        while (phrases.find()) {
            String phrase = phrases.group().replaceAll("[’']s$", "").replace(".", "").toLowerCase(Locale.ROOT);
            String country = phrase.startsWith("which ") ? phrase.substring(6) : phrase; // "Which US company…"
            Optional.ofNullable(COUNTRIES.get(country)).ifPresent(asked::add);
        }
        return newNamesIn(question, sentence).stream()
                .map(name -> COUNTRIES.get(sentence.substring(name.start(), name.end()).replace(".", "").toLowerCase(Locale.ROOT)))
                .anyMatch(code -> code != null && !asked.contains(code));
    }

    /**
     * The most names, other than countries and peoples, that a sentence lists together ("A and B", "A, B and C")
     * without the question naming them: how many of a set it names. One name counts as one; names joined by
     * commas alone ("from Bergen, Fjordline said") are no list.
     */
    static int listedIn(String question, String sentence) {
        List<Span> names = newNamesIn(question, sentence, true);
        int most = names.isEmpty() ? 0 : 1;
        int run = 1;
        for (int i = 1; i < names.size(); i++) {
            var joint = LIST_JOINT.matcher(sentence.substring(names.get(i - 1).end(), names.get(i).start()));
            run = joint.matches() ? run + 1 : 1;
            if (joint.matches() && joint.group(2) != null) { // "and" closes the list
                most = Math.max(most, run);
            }
        }
        return most;
    }

    /** Where in a sentence it names something the question does not (start and end offsets of each name). */
    static List<Span> newNamesIn(String question, String sentence) {
        return newNamesIn(question, sentence, false);
    }

    private static List<Span> newNamesIn(String question, String sentence, boolean withoutPlaces) {
        String asked = question.toLowerCase(Locale.ROOT);
        List<Span> found = new ArrayList<>();
        var phrases = PHRASE.matcher(sentence);
        while (phrases.find()) {
            String phrase = phrases.group().replaceAll("[’']s$", "");
            int start = phrases.start();
            if (start == 0 && !DATELINE.matcher(phrase).matches()) { // a sentence's first word is capitalised anyway:
                int space = phrase.indexOf(' ');                          // "Senator Marco Rubio" names Marco Rubio
                if (space < 0 && !POSSESSIVE.matcher(phrases.group()).find()) { // unless it owns: "Ricketts' office"
                    continue;
                }
                if (space >= 0) {
                    phrase = phrase.substring(space + 1);
                    start = space + 1;
                }
            }
            phrase = POSSESSIVE.matcher(phrase).replaceAll("");
            String name = phrase.toLowerCase(Locale.ROOT);
            boolean date = Values.DATE.matcher(phrase).matches() || MONTH_OR_DAY.matcher(phrase).matches();
            if (!asked.contains(name) && !initialsAsked(phrase, question) && !date
                    && !(withoutPlaces && PLACES_AND_PEOPLES.contains(name))) {
                found.add(new Span(start, start + phrase.length()));
            }
        }
        return found;
    }
}
