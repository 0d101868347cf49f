package io.newsdesk.answer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions that ask where someone or something is based, located or headquartered ("Where is Wisson
 * Technology headquartered?", "In which city is the plant located?"), and whether sentences say it: a place
 * named with one of those words ("based in Shenzhen", "located near Manila", "headquarters in Austin") or as
 * the base of what it qualifies ("Santa Clara-based Versa Networks"), other than a place the question names. A
 * sentence that merely mentions a city ("at a conference in Shanghai") does not say where the asked thing is.
 */
final class AskedPlace {

    /** "Where …", "In which city …", "At what site …", with a word for being somewhere. */
    private static final Pattern ASKS = Pattern.compile(
            "(?i)^(where|(in|at|near) (which|what)\\b).*\\b(based|headquartered|located|situated|sited)\\b");
    private static final String PLACE = "(\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*)*)";
    /** A place named as where something is: "based in Shenzhen", "headquartered at Austin", "headquarters in Paris". */
    private static final Pattern SAID = Pattern.compile(
            "\\b(?:based|headquartered|located|situated|sited|headquarters(?: (?:is|are|was|were))?)\\s+(?:in|at|near|outside)\\s+(?:the\\s+)?"
                    + PLACE);
    /** A place as the base of what it qualifies: "Santa Clara-based", "Dubai-headquartered". */
    private static final Pattern QUALIFIED = Pattern.compile(PLACE + "-(?:based|headquartered)\\b");

    private AskedPlace() {
    }

    /** Whether the question asks where something is based, located or headquartered. */
    static boolean asks(String question) {
        return ASKS.matcher(question.strip()).find();
    }

    /** Whether the sentences say where something is, with a place the question does not name. */
    static boolean givenIn(String question, String sentences) {
        String asked = question.toLowerCase(Locale.ROOT);
        return newPlace(SAID.matcher(sentences), asked) || newPlace(QUALIFIED.matcher(sentences), asked);
    }

    private static boolean newPlace(Matcher places, String question) {
        while (places.find()) {
            if (!question.contains(places.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
