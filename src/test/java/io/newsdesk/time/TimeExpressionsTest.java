package io.newsdesk.time;

import io.newsdesk.time.TimeExpressions.Found;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** TimeExpressions, and the DateRange and Recency it goes with. */
class TimeExpressionsTest {

    /** A Sunday. */
    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2023, 12, 31);
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2023, 12, 6);

    private static Found found(String question, LocalDate asOf) {
        return TimeExpressions.find(question, asOf)
                .orElseThrow(() -> new AssertionError("no time expression in: " + question));
    }

    private static DateRange range(String from, String to) {
        return new DateRange(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    // --- explicit dates ---

    @Test
    void should_read_a_month_and_year_and_give_its_words_without_the_preposition() {
        Found found = found("What happened in November 2023?", NEW_YEARS_EVE);
        assertThat(found.range()).isEqualTo(range("2023-11-01", "2023-11-30"));
        assertThat(found.words()).isEqualTo("November 2023");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What did the mayor say on November 27, 2023?  | 2023-11-27 | 2023-11-27 | November 27, 2023",
            "Reports from 27 November 2023 about the fire  | 2023-11-27 | 2023-11-27 | 27 November 2023",
            "What was said on 27th of November 2023?       | 2023-11-27 | 2023-11-27 | 27th of November 2023",
            "Who spoke on 2023-11-27?                      | 2023-11-27 | 2023-11-27 | 2023-11-27",
            "What was in the news in Nov. 2023?            | 2023-11-01 | 2023-11-30 | Nov. 2023",
            "Any budget news from September of 2022?       | 2022-09-01 | 2022-09-30 | September of 2022",
            "What happened in 2023?                        | 2023-01-01 | 2023-12-31 | 2023",
            "How did sales do in Q3 2023?                  | 2023-07-01 | 2023-09-30 | Q3 2023",
            "What were the results in the third quarter of 2023? | 2023-07-01 | 2023-09-30 | third quarter of 2023",
            "What did the 2023 Q2 report say?              | 2023-04-01 | 2023-06-30 | 2023 Q2",
            "between October 2023 and December 2023, who resigned? | 2023-10-01 | 2023-12-31 | between October 2023 and December 2023",
            "What happened from October to December 2023?  | 2023-10-01 | 2023-12-31 | from October to December 2023",
            "Which teams won between 2019 and 2021?        | 2019-01-01 | 2021-12-31 | between 2019 and 2021",
            "What happened in early 2023?                  | 2023-01-01 | 2023-04-30 | early 2023",
            "Were there storms in mid-November 2023?       | 2023-11-11 | 2023-11-20 | mid-November 2023",
            "WHAT HAPPENED IN NOV 2023                     | 2023-11-01 | 2023-11-30 | NOV 2023",
    })
    void should_read_explicit_dates(String question, String from, String to, String words) {
        Found found = found(question, NEW_YEARS_EVE);
        assertThat(found.range()).isEqualTo(range(from, to));
        assertThat(found.words()).isEqualTo(words);
    }

    @Test
    void should_give_a_day_without_a_year_the_latest_year_not_after_today() {
        assertThat(found("What did the mayor say on 27 November?", NEW_YEARS_EVE).range())
                .isEqualTo(range("2023-11-27", "2023-11-27"));
        assertThat(found("What did the mayor say on 27 November?", LocalDate.of(2023, 11, 20)).range())
                .isEqualTo(range("2022-11-27", "2022-11-27"));
        Found ordinal = found("Who won on November 27th?", NEW_YEARS_EVE);
        assertThat(ordinal.range()).isEqualTo(range("2023-11-27", "2023-11-27"));
        assertThat(ordinal.words()).isEqualTo("November 27th");
    }

    @Test
    void should_give_a_month_without_a_year_the_latest_one_not_after_this_month() {
        assertThat(found("What happened in September?", LocalDate.of(2023, 8, 10)).range())
                .isEqualTo(DateRange.month(YearMonth.of(2022, 9)));
        assertThat(found("What happened in September?", LocalDate.of(2023, 9, 5)).range())
                .isEqualTo(DateRange.month(YearMonth.of(2023, 9)));
    }

    @Test
    void should_put_a_range_without_years_in_the_latest_year_it_has_begun_by() {
        Found found = found("What happened between October and December?", NEW_YEARS_EVE);
        assertThat(found.range()).isEqualTo(range("2023-10-01", "2023-12-31"));
        assertThat(found.words()).isEqualTo("between October and December");
        assertThat(found("What happened between October and December?", LocalDate.of(2023, 6, 15)).range())
                .isEqualTo(range("2022-10-01", "2022-12-31"));
        assertThat(found("Strikes from November to February?", LocalDate.of(2024, 3, 1)).range())
                .isEqualTo(range("2023-11-01", "2024-02-29"));
    }

    // --- relative to the day asked ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What happened today?              | 2023-12-06 | 2023-12-06 | today",
            "What happened yesterday?          | 2023-12-05 | 2023-12-05 | yesterday",
            "Who resigned this week?           | 2023-12-04 | 2023-12-06 | this week",
            "Who resigned last week?           | 2023-11-27 | 2023-12-03 | last week",
            "What was announced this month?    | 2023-12-01 | 2023-12-06 | this month",
            "What was announced last month?    | 2023-11-01 | 2023-11-30 | last month",
            "Profits this year?                | 2023-01-01 | 2023-12-06 | this year",
            "Profits last year?                | 2022-01-01 | 2022-12-31 | last year",
            "What was said last quarter?       | 2023-07-01 | 2023-09-30 | last quarter",
            "What has happened since Monday?   | 2023-12-04 | 2023-12-06 | since Monday",
            "What did he say last Monday?      | 2023-12-04 | 2023-12-04 | last Monday",
            "News since November 2023          | 2023-11-01 | 2023-12-06 | since November 2023",
            "News since 1 November             | 2023-11-01 | 2023-12-06 | since 1 November",
            "News since last week              | 2023-11-27 | 2023-12-06 | since last week",
            "What happened in the past 30 days?   | 2023-11-07 | 2023-12-06 | past 30 days",
            "What happened in the last 30 days?   | 2023-11-07 | 2023-12-06 | last 30 days",
            "What changed over the past two weeks? | 2023-11-23 | 2023-12-06 | past two weeks",
            "Prices over the past 3 months        | 2023-09-07 | 2023-12-06 | past 3 months",
            "Who left in the last year?           | 2022-12-07 | 2023-12-06 | last year",
            "Who spoke in the past week?          | 2023-11-30 | 2023-12-06 | past week",
    })
    void should_read_dates_relative_to_the_day_asked(String question, String from, String to, String words) {
        Found found = found(question, WEDNESDAY);
        assertThat(found.range()).isEqualTo(range(from, to));
        assertThat(found.words()).isEqualTo(words);
    }

    @Test
    void should_take_since_monday_on_a_monday_as_the_monday_before() {
        assertThat(found("What has happened since Monday?", LocalDate.of(2023, 12, 4)).range())
                .isEqualTo(range("2023-11-27", "2023-12-04"));
    }

    @Test
    void should_open_the_range_before_and_after_a_period() {
        Found before = found("What was reported before November 2023?", NEW_YEARS_EVE);
        assertThat(before.range()).isEqualTo(range(null, "2023-10-31"));
        assertThat(before.words()).isEqualTo("before November 2023");
        assertThat(found("What was reported after October 2023?", NEW_YEARS_EVE).range())
                .isEqualTo(range("2023-11-01", null));
        assertThat(found("Deals until 2022", NEW_YEARS_EVE).range()).isEqualTo(range(null, "2022-12-31"));
    }

    @Test
    void should_take_the_first_expression_by_position() {
        Found found = found("What did the March 2023 report say about May 2023?", NEW_YEARS_EVE);
        assertThat(found.range()).isEqualTo(DateRange.month(YearMonth.of(2023, 3)));
        assertThat(found.words()).isEqualTo("March 2023");
    }

    @Test
    void should_read_may_and_march_as_months_after_a_preposition_even_beside_the_verb() {
        Found found = found("Will the union march in May?", NEW_YEARS_EVE);
        assertThat(found.range()).isEqualTo(DateRange.month(YearMonth.of(2023, 5)));
        assertThat(found.words()).isEqualTo("May");
        assertThat(found("In May, 30 routes were cut. Why?", NEW_YEARS_EVE).words()).isEqualTo("May");
    }

    // --- no date ---

    @ParameterizedTest
    @ValueSource(strings = {
            "Who may lead the party?",
            "How many of the 30 routes were cut?",
            "Why did they march on the capital?",
            "What did the Sun report about the minister?",
            "What happened recently?",
            "Did the city spend $2023 million on roads?",
            "Who won the 2023-2024 season?",
            "What is in the 2023 budget?",
            "Was the first time he spoke at 8:45?",
            "Tell me about the last report on the strike",
            "What did Jan Smith say about this plan?",
            "Is the 100% figure right?",
            "",
    })
    void should_find_no_date_where_there_is_none(String question) {
        assertThat(TimeExpressions.find(question, NEW_YEARS_EVE)).isEmpty();
    }

    @Test
    void should_find_nothing_in_null() {
        assertThat(TimeExpressions.find(null, NEW_YEARS_EVE)).isEmpty();
        assertThat(TimeExpressions.find("in November 2023", null)).isEmpty();
    }

    // --- DateRange ---

    @Test
    void should_contain_days_between_its_ends_inclusive() {
        DateRange november = DateRange.month(YearMonth.of(2023, 11));
        assertThat(november.contains(LocalDate.of(2023, 11, 1))).isTrue();
        assertThat(november.contains(LocalDate.of(2023, 11, 30))).isTrue();
        assertThat(november.contains(LocalDate.of(2023, 12, 1))).isFalse();
        assertThat(november.contains(null)).isFalse();
        assertThat(range("2023-11-01", null).contains(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(DateRange.ALL.contains(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(DateRange.ALL.unbounded()).isTrue();
        assertThat(november.unbounded()).isFalse();
    }

    @Test
    void should_intersect_open_and_closed_ranges_and_be_empty_when_they_miss() {
        DateRange november = DateRange.month(YearMonth.of(2023, 11));
        assertThat(november.intersect(range("2023-11-15", null))).isEqualTo(range("2023-11-15", "2023-11-30"));
        assertThat(november.intersect(null)).isEqualTo(november);
        assertThat(DateRange.ALL.intersect(november)).isEqualTo(november);
        DateRange missed = november.intersect(DateRange.month(YearMonth.of(2024, 1)));
        assertThat(missed.isEmpty()).isTrue();
        assertThat(missed.contains(LocalDate.of(2023, 11, 20))).isFalse();
    }

    @Test
    void should_give_epoch_days_with_open_ends_at_the_extremes() {
        DateRange since = range("1970-01-02", null);
        assertThat(since.fromEpochDay()).isEqualTo(1L);
        assertThat(since.toEpochDay()).isEqualTo(Long.MAX_VALUE);
        assertThat(range(null, "1970-01-01").fromEpochDay()).isEqualTo(Long.MIN_VALUE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2023-11-01 | 2023-11-30 | November 2023",
            "2023-11-27 | 2023-11-27 | 27 Nov 2023",
            "2023-01-01 | 2023-12-31 | 2023",
            "2023-07-01 | 2023-09-30 | Q3 2023",
            "2023-10-01 | 2023-12-15 | 1 Oct 2023 – 15 Dec 2023",
            "2023-10-01 | 2023-11-30 | October – November 2023",
            "2023-11-01 | -          | since 1 Nov 2023",
            "-          | 2023-12-31 | until 31 Dec 2023",
            "-          | -          | any time",
    })
    void should_describe_a_range_as_a_reader_would_say_it(String from, String to, String described) {
        assertThat(range(from, to).describe()).isEqualTo(described);
    }

    // --- Recency ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What is the latest on the strike?                  | NEWEST",
            "Show me the most recent report on inflation        | NEWEST",
            "What is the current state of the talks?            | NEWEST",
            "What did the recent floods cost?                   | NEWEST",
            "When did the council first discuss the bypass?     | OLDEST",
            "When was the outbreak first reported?              | OLDEST",
            "Which was the first report of the leak?            | OLDEST",
            "What was the earliest mention of the merger?       | OLDEST",
            "What was originally planned for the site?          | OLDEST",
            "How did the strike unfold?                         | CHRONOLOGICAL",
            "How has the policy changed since 2020?             | CHRONOLOGICAL",
            "Give me a timeline of the trial                    | CHRONOLOGICAL",
            "How did prices move over time?                     | CHRONOLOGICAL",
            "What is the history of the bridge?                 | CHRONOLOGICAL",
            "What were the first-quarter results?               | NONE",
            "Who won for the first time in a decade?            | NONE",
            "Who was the first woman to lead the party?         | NONE",
            "What is the current account deficit?               | NONE",
            "How did the change in policy affect prices?        | NONE",
            "Who runs the port?                                 | NONE",
    })
    void should_tell_the_order_a_question_wants(String question, Recency expected) {
        assertThat(Recency.of(question)).isEqualTo(expected);
    }

    @Test
    void should_want_no_order_for_no_question() {
        assertThat(Recency.of(null)).isEqualTo(Recency.NONE);
        assertThat(Recency.of("  ")).isEqualTo(Recency.NONE);
    }
}
