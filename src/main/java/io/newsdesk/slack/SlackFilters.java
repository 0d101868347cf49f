package io.newsdesk.slack;

import io.newsdesk.http.ApiException;
import io.newsdesk.http.FilterParams;
import io.newsdesk.index.SearchFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filters written into a Slack question: {@code since:2023-11-01}, {@code until:2023-11-30} (also {@code from:} and
 * {@code to:}), and {@code source:TechCrunch} or {@code source:"The Verge"}, repeatable, anywhere in the text. What is
 * left is the question: {@code /ask since:2023-11-01 source:TechCrunch What did OpenAI announce?}.
 */
record SlackFilters(String question, SearchFilter filter) {

    private static final Pattern FILTER = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(since|from|until|to|source):"
            + "(?:\"([^\"]{1,200})\"|“([^”]{1,200})”|(\\S{1,200}))");

    /** The question and its filter; an {@link IllegalArgumentException} says which filter cannot be read. */
    static SlackFilters parse(String text) {
        Matcher matcher = FILTER.matcher(text);
        String from = null;
        String to = null;
        List<String> sources = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            rest.append(text, last, matcher.start()).append(' ');
            last = matcher.end();
            String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
            switch (matcher.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "since", "from" -> from = value;
                case "until", "to" -> to = value;
                default -> sources.add(value);
            }
        }
        rest.append(text.substring(last));
        if (io.newsdesk.answer.Question.problem(rest.toString()).isPresent()) {
            throw new IllegalArgumentException("Ask a question beside the filters");
        }
        try {
            SearchFilter filter = FilterParams.of(from, to, sources, null);
            return new SlackFilters(rest.toString().replaceAll("\\s+", " ").strip(), filter);
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.getMessage()
                    .replace("\"from\"", "since:").replace("\"to\"", "until:"));
        }
    }
}
