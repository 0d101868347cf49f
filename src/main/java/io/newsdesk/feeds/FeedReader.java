package io.newsdesk.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsdesk.documents.DocumentRejected;
import io.newsdesk.documents.PageFetcher;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/** Reads an RSS 2.0 or Atom feed (fetched with the same guards as web pages) into its items, oldest first. */
@ApplicationScoped
public class FeedReader {

    private final PageFetcher fetcher;

    public FeedReader(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    List<FeedItem> read(String url) {
        PageFetcher.FetchedPage page = fetcher.fetch(url);
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities
            feed = input.build(new XmlReader(new ByteArrayInputStream(page.content())));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new DocumentRejected(422, "not an RSS or Atom feed: " + e.getMessage());
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String link = resolved(page.url(), entry.getLink());
            items.add(new FeedItem(blankToNull(entry.getUri()), link, blankToNull(entry.getTitle()),
                    date == null ? null : date.toInstant()));
        }
        items.sort(Comparator.comparing(FeedItem::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        return items;
    }

    /** An item's link made absolute against the feed's address; null when it has none or it is not an address. */
    private static String resolved(String feedUrl, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return java.net.URI.create(feedUrl).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An item of a feed: its GUID (or Atom id), link, title and publication time, each possibly absent. */
    record FeedItem(String guid, String link, String title, java.time.Instant publishedAt) {
    }
}
