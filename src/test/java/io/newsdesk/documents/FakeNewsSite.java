package io.newsdesk.documents;

import io.newsdesk.support.FakeHttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local news site: story pages, redirects, an Atom feed, an RSS feed, a broken one, and one
 * whose oldest items cannot be read. */
public class FakeNewsSite implements QuarkusTestResourceLifecycleManager {

    static FakeHttpServer site;
    /** Atom entries served: id, title, updated. Tests add to it. */
    static final List<String[]> ATOM_ENTRIES = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        site = new FakeHttpServer();
        ATOM_ENTRIES.clear();
        ATOM_ENTRIES.add(new String[] {"a1", "Council approves new cycle lanes", "2025-03-01T08:00:00Z"});
        ATOM_ENTRIES.add(new String[] {"a2", "Fishing fleet lands record mackerel catch", "2025-03-02T08:00:00Z"});
        page("a1", "Council approves new cycle lanes", "The Aberdeen city council approved 14 kilometres of new cycle lanes on Union Street.");
        page("a2", "Fishing fleet lands record mackerel catch", "The Peterhead fleet landed a record 9,000 tonnes of mackerel in February.");
        page("a3", "Ferry timetable changes in May", "The Orkney ferry timetable adds two evening sailings from the first of May.");
        page("r1", "Museum reopens after flood repairs", "The Perth museum reopened on Saturday after eighteen months of flood repairs.");
        page("rail", "Rail line to Inverness electrified", "Network Rail finished electrifying the line to Inverness in September, cutting journey times by 20 minutes.");
        site.on("/redirect-to-file", r -> FakeHttpServer.Reply.status(302, Map.of("Location", "file:///etc/passwd"), ""));
        site.on("/moved", r -> FakeHttpServer.Reply.status(301, Map.of("Location", "/story/rail.html"), ""));
        site.on("/feeds/atom.xml", r -> xml(atom()));
        site.on("/feeds/rss.xml", r -> xml("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Perth news</title><link>%s</link><description>News</description>
                <item><title>Museum reopens after flood repairs</title><link>%s/story/r1.html</link>
                <guid>perth-r1</guid><pubDate>Sat, 01 Mar 2025 10:00:00 GMT</pubDate></item>
                </channel></rss>""".formatted(site.url(), site.url())));
        page("d1", "Lifeboat station opens in Wick", "A new lifeboat station opened in Wick harbour on Friday, the RNLI said.");
        site.on("/feeds/added.xml", r -> xml("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wick news</title><link>%1$s</link><description>News</description>
                <item><title>Lifeboat station opens in Wick</title><link>%1$s/story/d1.html</link>
                <guid>wick-d1</guid><pubDate>Fri, 07 Mar 2025 10:00:00 GMT</pubDate></item>
                </channel></rss>""".formatted(site.url())));
        site.on("/feeds/broken.xml", r -> FakeHttpServer.Reply.status(500, Map.of(), "down"));
        page("m1", "Harbour wall repairs begin", "Repairs to the Stonehaven harbour wall began on Monday and will take six weeks.");
        site.on("/story/gone.html", r -> FakeHttpServer.Reply.status(404, Map.of(), "not here"));
        site.on("/feeds/mixed.xml", r -> xml("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Stonehaven news</title><link>%1$s</link><description>News</description>
                <item><title>A story taken down</title><link>%1$s/story/gone.html</link>
                <guid>st-gone</guid><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate></item>
                <item><title>A broken link</title><link>http://bad link with spaces/x</link>
                <guid>st-bad</guid><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>
                <item><title>Harbour wall repairs begin</title><link>%1$s/story/m1.html</link>
                <guid>st-m1</guid><pubDate>Wed, 05 Mar 2025 10:00:00 GMT</pubDate></item>
                </channel></rss>""".formatted(site.url())));
        return Map.of("newsdesk.fetch.allow-private", "true",
                "newsdesk.feeds.atom.url", site.url() + "/feeds/atom.xml",
                "newsdesk.feeds.atom.interval", "1s",
                "newsdesk.feeds.rss.url", site.url() + "/feeds/rss.xml",
                "newsdesk.feeds.rss.interval", "1s",
                "newsdesk.feeds.broken.url", site.url() + "/feeds/broken.xml",
                "newsdesk.feeds.broken.interval", "1s",
                "newsdesk.feeds.mixed.url", site.url() + "/feeds/mixed.xml",
                "newsdesk.feeds.mixed.interval", "1s");
    }

    private static void page(String name, String title, String text) {
        site.on("/story/" + name + ".html", r -> FakeHttpServer.Reply.status(200, Map.of("Content-Type", "text/html; charset=utf-8"),
                "<html><head><title>" + title + " | Local News</title></head><body><nav>Home News Sport</nav>"
                        + "<article><h1>" + title + "</h1><p>" + text + "</p></article><footer>Leave a Reply</footer></body></html>"));
    }

    private static String atom() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Aberdeen news</title><id>urn:aberdeen</id>"
                + "<updated>2025-03-02T08:00:00Z</updated>");
        for (String[] entry : ATOM_ENTRIES) {
            xml.append("<entry><id>urn:aberdeen:").append(entry[0]).append("</id><title>").append(entry[1])
                    .append("</title><link href=\"").append(site.url()).append("/story/").append(entry[0])
                    .append(".html\"/><updated>").append(entry[2]).append("</updated></entry>");
        }
        return xml.append("</feed>").toString();
    }

    private static FakeHttpServer.Reply xml(String body) {
        return FakeHttpServer.Reply.status(200, Map.of("Content-Type", "application/xml"), body);
    }

    @Override
    public void stop() {
        site.close();
    }
}
