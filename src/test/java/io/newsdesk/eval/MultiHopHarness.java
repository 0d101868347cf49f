package io.newsdesk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AskedScope;
import io.newsdesk.answer.Citation;
import io.newsdesk.answer.EvidenceFinder;
import io.newsdesk.answer.Question;
import io.newsdesk.domain.Article;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.index.SearchFilter;
import io.newsdesk.ingest.IngestionService;
import io.newsdesk.retrieve.Retriever;
import io.newsdesk.retrieve.ScoredChunk;
import io.newsdesk.retrieve.SearchMode;
import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * MultiHop-RAG (dated news) through the service: {@code ./mvnw -B -Pmultihop test}. Imports the 609 articles of
 * {@code ../shared/datasets/multihop-rag/corpus.json} with their dates and publications, asks the development
 * queries as of 2023-12-31, and prints per question type, for a tuning half and a held-out half of them (split by
 * a hash of the query, so neither is chosen by looking): article-level Hits@4, Hits@10, all-evidence recall@10 and
 * MRR@10, both for plain hybrid search (the question as text, no reading of its time or sources) and for the
 * retrieval answers use; the share of evidence articles cited, answers citing every evidence article, declines,
 * the gold answer in the answer, and ask latency. Prints; asserts nothing.
 */
@QuarkusTest
@TestProfile(MultiHopHarness.Profile.class)
@Tag("multihop")
class MultiHopHarness {

    static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
    private static final int RETRIEVED_PASSAGES = 60;

    /** The evaluation profile with the answer layer as it runs by default (sentence vectors on). */
    public static class Profile extends EvalProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new java.util.HashMap<>(super.getConfigOverrides());
            overrides.put("newsdesk.index.sentence-vectors", System.getProperty("newsdesk.index.sentence-vectors", "lazy"));
            overrides.put("%test.newsdesk.data.path", "${test.newsdesk.data:target/test-data/default}/multihop");
            return overrides;
        }
    }

    @Inject
    IngestionService ingestion;
    @Inject
    AnswerService answers;
    @Inject
    EvidenceFinder finder;
    @Inject
    Retriever retriever;
    @Inject
    CorpusIndex index;

    @Test
    void evaluate() throws Exception {
        Ready.await();
        Path folder = Path.of(System.getProperty("eval.multihop", "../shared/datasets/multihop-rag"));
        ObjectMapper mapper = new ObjectMapper();
        JsonNode corpus = mapper.readTree(folder.resolve("corpus.json").toFile());
        Map<String, String> idByUrl = new LinkedHashMap<>();
        List<Article> articles = new ArrayList<>();
        for (JsonNode item : corpus) {
            String id = "mh-" + articles.size();
            idByUrl.put(item.path("url").asText(), id);
            List<String> paragraphs = Arrays.stream(item.path("body").asText().split("\\n+")).filter(p -> !p.isBlank()).toList();
            articles.add(Article.of(id, item.path("title").asText(), "multihop", paragraphs, item.path("url").asText(),
                    item.path("published_at").asText(null), item.path("source").asText(null), null));
        }
        if (index.articleCount() < articles.size()) {
            ingestion.index(articles, "multihop");
        }
        int limit = Integer.getInteger("eval.multihop.limit", Integer.MAX_VALUE);
        JsonNode queries = mapper.readTree(folder.resolve("queries.dev.json").toFile());
        Map<String, Tally> tallies = new TreeMap<>();
        int asked = 0;
        for (JsonNode query : queries) {
            if (asked++ >= limit) {
                break;
            }
            String text = query.path("query").asText();
            String type = query.path("question_type").asText().replace("_query", "");
            String half = heldOut(text) ? "held-out" : "tuning";
            Set<String> evidence = new LinkedHashSet<>();
            query.path("evidence_list").forEach(e -> evidence.add(idByUrl.get(e.path("url").asText())));
            evidence.remove(null);
            Question question = new Question(text, List.of(), SearchFilter.NONE, AS_OF);

            Tally tally = tallies.computeIfAbsent(half + " " + type, key -> new Tally());
            Tally all = tallies.computeIfAbsent(half + " all", key -> new Tally());
            List<String> plain = articleIds(retriever.search(text, RETRIEVED_PASSAGES, SearchMode.HYBRID));
            AskedScope scope = AskedScope.of(question, index.sources().keySet());
            List<String> read = articleIds(finder.retrieve(scope.topic(), scope, RETRIEVED_PASSAGES).passages());
            long started = System.nanoTime();
            Answer answer = answers.answer(question);
            double millis = (System.nanoTime() - started) / 1e6;
            for (Tally t : List.of(tally, all)) {
                t.add(evidence, plain, read, answer, query.path("answer").asText(), millis);
            }
        }
        StringBuilder report = new StringBuilder("\nMultiHop-RAG dev queries (as of " + AS_OF + "), article level; "
                + "plain = hybrid search on the question text, read = the retrieval answers use\n");
        report.append(String.format(Locale.ROOT, "%-22s %5s | %-27s | %-27s | %6s %6s %6s %6s %6s | %5s %5s%n",
                "half type", "n", "plain H@4 H@10 all@10 MRR", "read H@4 H@10 all@10 MRR",
                "cited", "allCit", "declin", "gold", "n-gold", "p50", "p95"));
        tallies.forEach((key, t) -> report.append(t.row(key)));
        System.out.println(report);
        Files.writeString(Path.of("target/multihop-report.txt"), report.toString(), StandardCharsets.UTF_8);
    }

    /** Half the development queries, chosen by a hash of their text: never tuned on. */
    static boolean heldOut(String query) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("newsdesk-heldout:" + query).getBytes(StandardCharsets.UTF_8));
            return (hash[0] & 1) == 1;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> articleIds(List<ScoredChunk> passages) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        passages.forEach(p -> ids.add(p.chunk().article().id()));
        return List.copyOf(ids);
    }

    /** Whether the gold answer appears in the text as whole words, case and punctuation aside. */
    static boolean contains(String text, String gold) {
        String haystack = " " + words(text) + " ";
        String needle = words(gold);
        return !needle.isEmpty() && haystack.contains(" " + needle + " ");
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static final class Tally {
        int n;
        int answerable;
        final double[] plain = new double[4];
        final double[] read = new double[4];
        double cited;
        int allCited;
        int declined;
        int gold;
        int goldAsked;
        final List<Double> millis = new ArrayList<>();

        void add(Set<String> evidence, List<String> plainIds, List<String> readIds, Answer answer, String goldAnswer, double ms) {
            n++;
            millis.add(ms);
            boolean declines = answer.coverage() != Answer.Coverage.FULL;
            if (declines) {
                declined++;
            }
            if (evidence.isEmpty()) {
                return;
            }
            answerable++;
            score(plain, evidence, plainIds);
            score(read, evidence, readIds);
            Set<String> citedIds = new java.util.HashSet<>();
            for (Citation c : answer.citations()) {
                citedIds.add(c.articleId());
            }
            long found = evidence.stream().filter(citedIds::contains).count();
            cited += (double) found / evidence.size();
            if (found == evidence.size()) {
                allCited++;
            }
            if (!goldAnswer.equalsIgnoreCase("yes") && !goldAnswer.equalsIgnoreCase("no")) {
                goldAsked++;
                if (contains(answer.answer(), goldAnswer)) {
                    gold++;
                }
            }
        }

        private static void score(double[] sums, Set<String> evidence, List<String> ranked) {
            List<String> top10 = ranked.subList(0, Math.min(10, ranked.size()));
            List<String> top4 = ranked.subList(0, Math.min(4, ranked.size()));
            sums[0] += top4.stream().anyMatch(evidence::contains) ? 1 : 0;
            sums[1] += top10.stream().anyMatch(evidence::contains) ? 1 : 0;
            sums[2] += top10.containsAll(evidence) ? 1 : 0;
            for (int i = 0; i < top10.size(); i++) {
                if (evidence.contains(top10.get(i))) {
                    sums[3] += 1.0 / (i + 1);
                    break;
                }
            }
        }

        String row(String key) {
            double a = Math.max(1, answerable);
            List<Double> sorted = millis.stream().sorted().toList();
            return String.format(Locale.ROOT,
                    "%-22s %5d | %.3f %.3f %.3f %.3f     | %.3f %.3f %.3f %.3f    | %6.3f %6.3f %6.3f %6.3f %6d | %5.0f %5.0f%n",
                    key, n, plain[0] / a, plain[1] / a, plain[2] / a, plain[3] / a, read[0] / a, read[1] / a, read[2] / a,
                    read[3] / a, cited / a, allCited / a, (double) declined / n, goldAsked == 0 ? Double.NaN : (double) gold / goldAsked,
                    goldAsked, percentile(sorted, 0.5), percentile(sorted, 0.95));
        }

        private static double percentile(List<Double> sorted, double p) {
            return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
        }
    }
}
