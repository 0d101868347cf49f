package io.newsdesk.answer;

import java.util.regex.Pattern;

/**
 * Numbers, dates and times of day in English text, as answers to "how many" and "when" questions: one
 * definition for the sentence scorer (which favours sentences holding the asked type) and for the coverage gaps (which
 * mark an answer partial when its sentences hold none). Amounts of money are {@link Money}'s.
 */
final class Values {

    static final Pattern NUMBER = Pattern.compile("\\d|\\b(hundreds?|thousands?|millions?|billions?|trillions?|dozens?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|half|double|twice)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern DATE = Pattern.compile("\\b(1[89]|20)\\d\\d\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d"
            + "|\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|\\b(january|february|march|april|june|july|august"
            + "|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
            + "|last (week|month|year)|this (week|month|year)|noon|midnight)\\b|\\b(?-i:May)\\b"
            + "|\\b\\d{1,2}(:\\d\\d)?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)", Pattern.CASE_INSENSITIVE);

    private Values() {
    }
}
