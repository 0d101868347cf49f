package io.newsdesk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses a {@code text/event-stream} body into (event name, data) pairs. */
public final class ServerSentEvents {

    private ServerSentEvents() {
    }

    public static List<Map.Entry<String, String>> parse(String body) {
        List<Map.Entry<String, String>> events = new ArrayList<>();
        for (String block : body.split("\\r?\\n\\r?\\n")) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\\r?\\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).replaceFirst("^ ", ""));
                }
            }
            if (!data.isEmpty()) {
                events.add(Map.entry(name, data.toString()));
            }
        }
        return events;
    }
}
