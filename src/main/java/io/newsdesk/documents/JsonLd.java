package io.newsdesk.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a page's JSON-LD ({@code <script type="application/ld+json">}) says of its story: when it was published
 * and by whom. News sites put it there for search engines, often inside an {@code @graph}; the first object with a
 * {@code datePublished} is the story. A block that does not parse is passed over.
 */
record JsonLd(String datePublished, String publisher) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_NODES = 2_000;

    static JsonLd of(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonLd found = story(MAPPER.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (IOException | RuntimeException e) {
                // not JSON: many pages ship broken blocks; the meta tags still count
            }
        }
        return new JsonLd(null, null);
    }

    /** The first object, breadth first, that carries a {@code datePublished}. */
    private static JsonLd story(JsonNode root) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        for (int seen = 0; !queue.isEmpty() && seen < MAX_NODES; seen++) {
            JsonNode node = queue.poll();
            if (node.isObject() && node.path("datePublished").isTextual()) {
                return new JsonLd(node.get("datePublished").asText(), name(node.get("publisher")));
            }
            node.forEach(queue::add);
        }
        return null;
    }

    private static String name(JsonNode publisher) {
        if (publisher == null) {
            return null;
        }
        if (publisher.isTextual()) {
            return publisher.asText();
        }
        JsonNode first = publisher.isArray() ? publisher.path(0) : publisher;
        return first.path("name").isTextual() ? first.path("name").asText() : null;
    }
}
