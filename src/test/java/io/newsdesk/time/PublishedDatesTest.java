package io.newsdesk.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023-11-27T08:45:59+00:00         | 2023-11-27T08:45:59Z",
            "2023-11-27T08:45:59Z              | 2023-11-27T08:45:59Z",
            "2023-11-27T08:45:59.123Z          | 2023-11-27T08:45:59.123Z",
            "2023-11-27T08:45:59.123456+01:00  | 2023-11-27T08:45:59.123456+01:00",
            "2023-11-27T08:45:59+0100          | 2023-11-27T08:45:59+01:00",
            "2023-11-27T08:45:59               | 2023-11-27T08:45:59Z",
            "2023-11-27T08:45                  | 2023-11-27T08:45:00Z",
            "2023-11-27 08:45:59               | 2023-11-27T08:45:59Z",
            "2023-11-27 08:45:59 +0000         | 2023-11-27T08:45:59Z",
            "2023-11-27T08:45:59+01:00[Europe/Paris] | 2023-11-27T08:45:59+01:00",
            "Mon, 27 Nov 2023 08:45:59 GMT     | 2023-11-27T08:45:59Z",
            "Mon, 27 Nov 2023 08:45:59 +0000   | 2023-11-27T08:45:59Z",
            "27 Nov 2023 08:45:59 +0000        | 2023-11-27T08:45:59Z",
            "Tue, 5 Dec 2023 17:02:00 -0500    | 2023-12-05T17:02:00-05:00",
            "Tue, 5 Dec 2023 17:02:00 EST      | 2023-12-05T17:02:00-05:00",
            "5 Dec 23 17:02 UT                 | 2023-12-05T17:02:00Z",
            "Nov 27, 2023 8:45 PM              | 2023-11-27T20:45:00Z",
    })
    void should_read_date_times_in_the_forms_sites_and_feeds_write(String given, String iso) {
        assertThat(PublishedDates.iso(given)).isEqualTo(iso);
        assertThat(PublishedDates.parse(given)).contains(OffsetDateTime.parse(iso));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023-11-27          | 2023-11-27",
            "November 27, 2023   | 2023-11-27",
            "27 November 2023    | 2023-11-27",
            "Nov 27, 2023        | 2023-11-27",
            "nov. 27, 2023       | 2023-11-27",
            "Monday, November 27, 2023 | 2023-11-27",
            "Sept 5, 2023        | 2023-09-05",
            "15-03-2025          | 2025-03-15",
            "time15-03-2025      | 2025-03-15",
    })
    void should_read_dates_without_a_time_as_midnight_utc(String given, String iso) {
        assertThat(PublishedDates.iso(given)).isEqualTo(iso);
        assertThat(PublishedDates.parse(given))
                .contains(LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC));
        assertThat(PublishedDates.day(given)).contains(LocalDate.parse(iso));
    }

    @Test
    void should_give_the_day_as_written_in_its_own_offset() {
        assertThat(PublishedDates.day("2023-11-27T23:30:00-05:00")).contains(LocalDate.of(2023, 11, 27));
        assertThat(PublishedDates.parse("2023-11-27T23:30:00-05:00").orElseThrow().getOffset())
                .isEqualTo(ZoneOffset.ofHours(-5));
    }

    @Test
    void should_ignore_surrounding_whitespace() {
        assertThat(PublishedDates.iso("  2023-11-27\t")).isEqualTo("2023-11-27");
        assertThat(PublishedDates.iso("\n Mon, 27 Nov 2023 08:45:59 GMT ")).isEqualTo("2023-11-27T08:45:59Z");
    }

    @Test
    void should_accept_a_wrong_weekday_as_feeds_often_write_one() {
        assertThat(PublishedDates.day("Fri, 27 Nov 2023 08:45:59 GMT")).contains(LocalDate.of(2023, 11, 27));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "not a date", "2023-13-45", "2023-11-27T25:00:00Z",
            "31 Febtember 2023", "Foo, 27 Nov 2023", "32 Nov 2023", "30-02-2023", "27 Nov 2023 08:45:59 XYZ",
            "2023-11-27T08:45:59 and more", "13:45 PM on Nov 27, 2023"})
    void should_read_nothing_from_garbage(String given) {
        assertThat(PublishedDates.parse(given)).isEmpty();
        assertThat(PublishedDates.day(given)).isEmpty();
        assertThat(PublishedDates.iso(given)).isNull();
    }

    @Test
    void should_read_nothing_from_null() {
        assertThat(PublishedDates.parse(null)).isEmpty();
        assertThat(PublishedDates.iso(null)).isNull();
    }

    @Test
    void should_write_a_day_for_people() {
        assertThat(PublishedDates.human(LocalDate.of(2023, 11, 27))).isEqualTo("27 Nov 2023");
        assertThat(PublishedDates.human(LocalDate.of(2023, 9, 5))).isEqualTo("5 Sep 2023");
        assertThat(PublishedDates.human(null)).isEqualTo("date unknown");
    }
}
