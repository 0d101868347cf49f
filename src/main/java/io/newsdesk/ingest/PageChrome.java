package io.newsdesk.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the residue that scraped news pages and tweet threads carry around the story:
 * app promotions, comment widgets, bylines, timestamps, handles and cut-off links.
 */
final class PageChrome {

    /** Whole lines that are page furniture, never story text. */
    private static final List<Pattern> CHROME_LINES = List.of(
            Pattern.compile("logo"),
            Pattern.compile("orange background"),
            Pattern.compile("try our ai features"),
            Pattern.compile("explore what .{1,40} can do for you:?"),
            Pattern.compile("comments?"),
            Pattern.compile("no comments yet\\.*"),
            Pattern.compile("related articles?"),
            Pattern.compile("(read|see) (also|more)"),
            Pattern.compile("share( this)?( article)?"),
            Pattern.compile(".*download (the|our) app.*"),
            Pattern.compile("ready to dive into .*"),
            Pattern.compile("(app-?store|play-?store|google play|app store)+"),
            Pattern.compile("leave a (reply|comment)"),
            Pattern.compile("your email address will not be published.*"),
            Pattern.compile("missing some tweet in this thread\\?.*"),
            Pattern.compile("force a refresh"),
            Pattern.compile("time\\s?\\d{1,2}-\\d{1,2}-\\d{2,4}"),
            Pattern.compile("[•·*\\-\\s]+"),
            Pattern.compile("(advertisement|subscribe|sign up|log ?in|newsletter)"));

    /** "• Voice of America": a byline bullet in a related-article card. */
    private static final Pattern DATED_MARKER = Pattern.compile("time\\s?(\\d{1,2}-\\d{1,2}-\\d{4})");
    private static final Pattern BYLINE = Pattern.compile("^\\s*•\\s*(\\S.{0,60})$");
    private static final Pattern HANDLES = Pattern.compile("^(?:@\\w{1,30}\\s+)+");
    private static final String LINK = "(?:https?://)?(?:[\\w-]+\\.)+[a-z]{2,}/\\S*";
    private static final Pattern HANDLE_OR_LINK = Pattern.compile("@\\w{1,30}|" + LINK);
    private static final Pattern CUT_LINK = Pattern.compile("\\s*(?:https?://)?(?:[\\w-]+\\.)+[a-z]{2,}/\\S*…");
    private static final Pattern URL = Pattern.compile("\\s*https?://\\S+");

    private PageChrome() {
    }

    static boolean isChrome(String line) {
        String trimmed = line.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        for (Pattern pattern : CHROME_LINES) {
            if (pattern.matcher(lower).matches()) {
                return true;
            }
        }
        return isBreadcrumb(trimmed);
    }

    /** "US AI, AI, LATEST AI NEWS": a short all-capitals section label. */
    private static boolean isBreadcrumb(String line) {
        if (line.length() > 60 || line.endsWith(".")) {
            return false;
        }
        long letters = line.chars().filter(Character::isLetter).count();
        long upper = line.chars().filter(Character::isUpperCase).count();
        return letters >= 4 && letters == upper && line.split("\\s+").length <= 8;
    }

    /** The day a "time15-03-2025" marker (day-month-year) gives, as an ISO date, or null. */
    static String datedMarker(String line) {
        var matcher = DATED_MARKER.matcher(line.toLowerCase(java.util.Locale.ROOT));
        return matcher.matches() ? io.newsdesk.time.PublishedDates.iso(matcher.group(1)) : null;
    }

    /** The publisher named by a "• Publisher" bullet, or null. */
    static String byline(String line) {
        var matcher = BYLINE.matcher(line);
        return matcher.matches() ? matcher.group(1).strip() : null;
    }

    /** True when the line holds nothing but handles and links: a tweet's attribution line. */
    static boolean isAttribution(String line) {
        String rest = HANDLE_OR_LINK.matcher(line.replace("…", " ")).replaceAll(" ").strip();
        return rest.isEmpty() && !line.isBlank();
    }

    /** Removes leading handles, cut-off links and bare URLs from a line of story text. */
    static String stripSocialResidue(String line) {
        String cleaned = HANDLES.matcher(line.strip()).replaceFirst("");
        cleaned = CUT_LINK.matcher(cleaned).replaceAll("");
        cleaned = URL.matcher(cleaned).replaceAll("");
        return cleaned.strip();
    }
}
