package io.newsdesk.security;

import io.newsdesk.support.ElasticsearchNode;
import io.newsdesk.support.ServiceProcess;
import io.newsdesk.support.Started;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leak test: articles holding unique canary words go on a restricted desk of a packaged service, on each store;
 * then every read channel is probed, by every credential that lacks the desk, with questions and searches for the
 * canaries (plainly, paraphrased and as follow-ups). No canary may appear in any response body or header. jqwik draws
 * the probes; each store's property prints how many it made.
 */
class DeskLeakIT {

    private static final String READER = "leak-reader-key";
    private static final String OTHER_DESK_EDITOR = "leak-legal-editor-key";
    private static final String DESK_EDITOR = "leak-investigations-editor-key";
    /** Made-up words no general article holds. */
    private static final List<String> CANARIES = List.of("Quorvexa", "Zembrilo", "Tralvonix");
    private static final Started STARTED = new Started(ElasticsearchNode.workDir("leak-" + UUID.randomUUID()));
    private static final Map<String, ServiceProcess> SERVICES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> PROBES = new java.util.concurrent.ConcurrentHashMap<>();

    @AfterContainer
    static void stop() throws Exception {
        PROBES.forEach((store, count) -> System.out.printf("desk leak probes on %s: %d, leaks: 0%n", store, count.get()));
        STARTED.close();
    }

    /** A service on a store with an investigations desk holding the canaries and a few general stories. */
    private static ServiceProcess service(String store) {
        return SERVICES.computeIfAbsent(store, name -> {
            try {
                Path home = Files.createDirectories(STARTED.folder().resolve(name));
                List<String> settings = new java.util.ArrayList<>(List.of(
                        "newsdesk.desks.investigations.edit-keys=" + DESK_EDITOR,
                        "newsdesk.desks.legal.edit-keys=" + OTHER_DESK_EDITOR,
                        "newsdesk.api.reader-keys=" + READER));
                if (name.equals("elasticsearch")) {
                    ElasticsearchNode node = STARTED.add(ElasticsearchNode.single(home.resolve("node")).start());
                    settings.addAll(List.of("newsdesk.store=elasticsearch", "quarkus.elasticsearch.hosts=" + node.host(),
                            "newsdesk.elasticsearch.index=leak", "newsdesk.elasticsearch.replicas=0"));
                }
                ServiceProcess service = STARTED.add(new ServiceProcess(home, settings.toArray(String[]::new)));
                service.start();
                seed(service);
                return service;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void seed(ServiceProcess service) {
        String[][] general = {
                {"Port strike ends", "Dock workers in the harbour ended their strike after a pay deal with the port authority."},
                {"Ministry tender", "The transport ministry opened a tender for a new ferry contract on the northern route."},
                {"Bribery trial", "A city official was convicted of taking bribes from a construction firm, the court ruled."}};
        for (int i = 0; i < general.length; i++) {
            put(service, ServiceProcess.EDITOR, "general-" + i, general[i][0], general[i][1], null);
        }
        put(service, DESK_EDITOR, "secret-0", "Quorvexa harbour memo",
                "Quorvexa paid ministry officials to win the harbour contract, the memo says. Zembrilo approved the payment.",
                "investigations");
        put(service, DESK_EDITOR, "secret-1", "Tralvonix source list",
                "Tralvonix, a shipping clerk, is the source for the harbour bribery story. Tralvonix met reporters twice.",
                "investigations");
        // a desk reader's feedback on an answer that quotes the desk, as the chat page sends it
        given().port(service.port()).auth().oauth2(DESK_EDITOR).contentType(ContentType.JSON)
                .body(Map.of("question", "Who is the source?", "answer", "Tralvonix is the source [1]. Quorvexa paid officials [2].",
                        "helpful", false, "comment", "Zembrilo is missing", "articles", List.of("secret-1", "secret-0")))
                .post("/api/feedback").then().statusCode(201);
    }

    private static void put(ServiceProcess service, String key, String id, String title, String text, String desk) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title, "text", text));
        if (desk != null) {
            body.put("desk", desk);
        }
        given().port(service.port()).auth().oauth2(key).contentType(ContentType.JSON).body(body)
                .put("/api/articles/{id}", id).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.equalTo(200), org.hamcrest.Matchers.equalTo(201)));
    }

    @Provide
    Arbitrary<String> credentials() {
        return Arbitraries.of("anonymous", READER, ServiceProcess.EDITOR, OTHER_DESK_EDITOR);
    }

    @Provide
    Arbitrary<String> channels() {
        return Arbitraries.of("search", "ask", "stream", "v1", "v1-stream", "articles", "article", "sources", "follow-up",
                "feedback");
    }

    @Provide
    Arbitrary<String> canaries() {
        return Arbitraries.of(CANARIES);
    }

    @Provide
    Arbitrary<String> phrasings() {
        return Arbitraries.of("Who is %s?", "What did %s do?", "Tell me about the harbour contract and %s.",
                "%s", "Which memo mentions %s and the ministry payments?", "Who was the source named %s?",
                "What do the articles say about bribes at the harbour?");
    }

    /** The control: the desk's own editor finds every canary, on both stores, so a leak would show. */
    @net.jqwik.api.Example
    void the_desks_editor_finds_the_canaries() {
        for (String store : List.of("memory", "elasticsearch")) {
            ServiceProcess service = service(store);
            for (String canary : CANARIES) {
                assertThat(given().port(service.port()).auth().oauth2(DESK_EDITOR).queryParam("q", canary)
                        .get("/api/search").then().statusCode(200).extract().asString()).as(store).contains(canary);
            }
            assertThat(given().port(service.port()).auth().oauth2(DESK_EDITOR).contentType(ContentType.JSON)
                    .body(Map.of("question", "Who is the source for the harbour bribery story?")).post("/api/ask")
                    .then().statusCode(200).extract().asString()).as(store).contains("Tralvonix");
            assertThat(given().port(service.port()).auth().oauth2(DESK_EDITOR).get("/api/feedback")
                    .then().statusCode(200).extract().asString()).as(store).contains("Zembrilo");
        }
    }

    @Property(tries = 300)
    void the_memory_store_leaks_nothing(@ForAll("credentials") String credential, @ForAll("channels") String channel,
                                        @ForAll("canaries") String canary, @ForAll("phrasings") String phrasing) {
        probe("memory", credential, channel, canary, phrasing);
    }

    @Property(tries = 300)
    void elasticsearch_leaks_nothing(@ForAll("credentials") String credential, @ForAll("channels") String channel,
                                     @ForAll("canaries") String canary, @ForAll("phrasings") String phrasing) {
        probe("elasticsearch", credential, channel, canary, phrasing);
    }

    private static void probe(String store, String credential, String channel, String canary, String phrasing) {
        ServiceProcess service = service(store);
        String question = phrasing.contains("%s") ? String.format(phrasing, canary) : phrasing;
        RequestSpecification request = given().port(service.port());
        if (!credential.equals("anonymous")) {
            request = request.auth().oauth2(credential);
        }
        Response response = switch (channel) {
            case "search" -> request.queryParam("q", question).queryParam("k", 20).get("/api/search");
            case "ask" -> request.contentType(ContentType.JSON).body(Map.of("question", question)).post("/api/ask");
            case "stream" -> request.contentType(ContentType.JSON).body(Map.of("question", question)).post("/api/ask/stream");
            case "follow-up" -> request.contentType(ContentType.JSON).body(Map.of("question", "And who paid them?",
                    "history", List.of(Map.of("question", question, "answer", "The articles don't cover this.")))).post("/api/ask");
            case "v1", "v1-stream" -> request.contentType(ContentType.JSON).body(Map.of("model", "newsdesk",
                    "stream", channel.equals("v1-stream"), "messages", List.of(Map.of("role", "user", "content", question))))
                    .post("/v1/chat/completions");
            case "articles" -> request.queryParam("limit", 1000).get("/api/articles");
            case "article" -> request.get("/api/articles/{id}", "secret-" + (canary.equals("Tralvonix") ? 1 : 0));
            case "sources" -> request.get("/api/articles/sources");
            case "feedback" -> request.queryParam("limit", 1000).get("/api/feedback");
            default -> throw new IllegalArgumentException(channel);
        };
        PROBES.computeIfAbsent(store, s -> new AtomicInteger()).incrementAndGet();
        String seen = (response.getBody().asString() + "\n" + response.getHeaders()).toLowerCase(Locale.ROOT);
        for (String word : CANARIES) {
            assertThat(seen).as("%s by %s on %s (%s)", channel, credential, store, question)
                    .doesNotContain(word.toLowerCase(Locale.ROOT));
        }
        if (channel.equals("article")) {
            assertThat(response.statusCode()).isEqualTo(404);
        }
        assertThat(response.statusCode()).isLessThan(500);
    }
}
