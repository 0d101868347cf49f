package io.newsdesk.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.http.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Feeds added at run time are found again after a restart; intervals are read as people write them. */
class AddedFeedsTest {

    @TempDir
    Path folder;

    @Test
    void added_feeds_are_read_back_as_they_were_stored() {
        AddedFeeds feeds = new AddedFeeds(folder.resolve("added.json"), new ObjectMapper());
        assertThat(feeds.load()).isEmpty();
        Subscription wick = Subscription.added("wick", "https://wick.example/feed.xml", Duration.ofMinutes(5), "sport");
        feeds.save(List.of(wick));
        assertThat(new AddedFeeds(folder.resolve("added.json"), new ObjectMapper()).load()).containsExactly(wick);
    }

    @Test
    void intervals_are_minutes_hours_days_or_iso_and_within_bounds() {
        assertThat(FeedResource.interval(null)).isEqualTo(Duration.ofMinutes(15));
        assertThat(FeedResource.interval("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(FeedResource.interval("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(FeedResource.interval("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(FeedResource.interval("PT30M")).isEqualTo(Duration.ofMinutes(30));
        assertThat(FeedResource.interval("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> FeedResource.interval("30s")).isInstanceOf(ApiException.class).hasMessageContaining("1 minute");
        assertThatThrownBy(() -> FeedResource.interval("8d")).isInstanceOf(ApiException.class).hasMessageContaining("7 days");
        assertThatThrownBy(() -> FeedResource.interval("often")).isInstanceOf(ApiException.class).hasMessageContaining("15m");
    }
}
