package io.newsdesk.documents;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a printed page carries around its story: page numbers ("1/1", "Page 3 of 12", "- 3 -"), a print stamp (a
 * date with a clock time, or an address), and lines repeated at the top or bottom of every page. Only lines at a
 * page's edges are ever judged; a line in the body is the story's, whatever it says.
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s*)?[-–—(\\[]?\\s*\\d{1,4}\\s*(?:(?:/|of)\\s*\\d{1,4})?\\s*[-–—)\\]]?");
    private static final Pattern PRINT_STAMP = Pattern.compile(
            "\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?i:[ap]\\.?m\\.?)?");
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:file|https?)://\\S+|www\\.\\S+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PageFurniture() {
    }

    /**
     * Whether a fragment of an edge line is furniture by its form alone: a page number, a print stamp, an address
     * (each possibly followed by a page number), or the document's title, which a browser prints on top of each page.
     */
    static boolean looksLikeFurniture(String fragment, String printedTitle) {
        String text = fragment.strip();
        if (text.isEmpty()) {
            return true;
        }
        for (String part : text.split("\\s{2,}|\\t")) {
            String stripped = part.strip();
            if (printedTitle != null && stripped.equalsIgnoreCase(printedTitle.strip())) {
                continue;
            }
            String rest = ADDRESS.matcher(stripped).replaceAll(" ");
            rest = PRINT_STAMP.matcher(rest).replaceAll(" ").strip();
            if (!rest.isEmpty() && !PAGE_NUMBER.matcher(rest).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The edge lines that repeat, digits aside, on at least two pages and on half the pages or more. */
    static Set<String> repeated(List<List<String>> edgeLinesByPage) {
        Map<String, Integer> pages = new HashMap<>();
        for (List<String> lines : edgeLinesByPage) {
            Set<String> onThisPage = new HashSet<>();
            for (String line : lines) {
                onThisPage.add(key(line));
            }
            onThisPage.forEach(key -> pages.merge(key, 1, Integer::sum));
        }
        int needed = Math.max(2, (edgeLinesByPage.size() + 1) / 2);
        Set<String> repeated = new HashSet<>();
        pages.forEach((key, count) -> {
            if (count >= needed && !key.isBlank()) {
                repeated.add(key);
            }
        });
        return repeated;
    }

    /** A line as compared across pages: lower case, digits as one mark, spaces folded. */
    static String key(String line) {
        return DIGITS.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll("#").replaceAll("\\s+", " ");
    }
}
