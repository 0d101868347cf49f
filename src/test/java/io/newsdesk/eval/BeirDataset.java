package io.newsdesk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A BEIR-format dataset: {@code corpus.jsonl} ({@code _id, title, text}), a queries {@code .jsonl} and a
 * qrels {@code .tsv} ({@code query-id corpus-id score}, header first). Only queries with relevant
 * documents in the corpus are kept.
 */
public record BeirDataset(Path corpus, Map<String, String> queries, Map<String, Set<String>> qrels) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Finds the files in a folder: corpus.jsonl, queries*.jsonl, and a .tsv under qrels/ or beside them. */
    /** The dataset {@code -Deval.dataset} names, SciFact beside the project by default. */
    public static Path configuredFolder() {
        return Path.of(System.getProperty("eval.dataset", "../shared/datasets/scifact"));
    }

    public static BeirDataset load(Path folder) throws IOException {
        Path corpus = folder.resolve("corpus.jsonl");
        Path queries = find(folder, "queries", ".jsonl");
        Path qrels = Files.isDirectory(folder.resolve("qrels")) ? find(folder.resolve("qrels"), "", ".tsv")
                : find(folder, "qrels", ".tsv");
        Set<String> ids = new HashSet<>();
        try (BufferedReader reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    ids.add(JSON.readTree(line).get("_id").asText());
                }
            }
        }
        Map<String, Set<String>> relevant = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(qrels, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split("\t");
            if (parts.length >= 3 && Integer.parseInt(parts[2].strip()) > 0 && ids.contains(parts[1])) {
                relevant.computeIfAbsent(parts[0], q -> new HashSet<>()).add(parts[1]);
            }
        }
        Map<String, String> text = new LinkedHashMap<>();
        for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode query = JSON.readTree(line);
                if (relevant.containsKey(query.get("_id").asText())) {
                    text.put(query.get("_id").asText(), query.get("text").asText());
                }
            }
        }
        relevant.keySet().retainAll(text.keySet());
        return new BeirDataset(corpus, text, relevant);
    }

    private static Path find(Path folder, String prefix, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(suffix))
                    .sorted().findFirst()
                    .orElseThrow(() -> new IOException("no " + prefix + "*" + suffix + " in " + folder));
        }
    }

    /** The corpus in the service's import format, one {@code {"id","title","text"}} a line. */
    public String asImportNdjson() throws IOException {
        StringBuilder out = new StringBuilder();
        try (BufferedReader reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = JSON.readTree(line);
                var article = JSON.createObjectNode()
                        .put("id", doc.get("_id").asText())
                        .put("title", doc.path("title").asText(""))
                        .put("text", doc.path("text").asText(""));
                out.append(JSON.writeValueAsString(article)).append('\n');
            }
        }
        return out.toString();
    }

    public List<String> queryIds() {
        return new ArrayList<>(queries.keySet());
    }
}
