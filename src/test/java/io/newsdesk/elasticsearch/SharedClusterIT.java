package io.newsdesk.elasticsearch;

import io.newsdesk.support.ElasticsearchNode;
import io.newsdesk.support.Eventually;
import io.newsdesk.support.ServiceProcess;
import io.newsdesk.support.Started;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stateless instances on one cluster, as packaged processes: two starting together index the seeds once; a
 * third, with an empty disk, answers at once without embedding anything; a write through one is answered
 * by another; and when the cluster goes away readiness says so, then recovers without a restart.
 */
class SharedClusterIT {

    private static final Started STARTED = new Started(ElasticsearchNode.workDir("shared-" + UUID.randomUUID()));
    private static final Path BASE = STARTED.folder();

    @AfterAll
    static void stopAll() throws Exception {
        STARTED.close();
    }

    private static ServiceProcess instance(String name, ElasticsearchNode node, boolean withSeeds) throws IOException {
        Path home = Files.createDirectories(BASE.resolve(name));
        if (withSeeds) {
            ServiceProcess.copySeeds(home);
        }
        ServiceProcess service = new ServiceProcess(home, "newsdesk.store=elasticsearch",
                "quarkus.elasticsearch.hosts=" + node.host(), "newsdesk.elasticsearch.index=shared",
                "newsdesk.elasticsearch.replicas=0");
        STARTED.add(service);
        return service;
    }

    private static RequestSpecification on(ServiceProcess service) {
        return given().port(service.port());
    }

    private static JsonPath ask(ServiceProcess service, String question) {
        return on(service).contentType(ContentType.JSON).body(Map.of("question", question))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
    }

    private static int total(ServiceProcess service) {
        return on(service).get("/api/articles?limit=1").then().statusCode(200).extract().path("total");
    }

    @Test
    void instances_share_the_cluster_and_survive_its_outage() throws Exception {
        ElasticsearchNode node = ElasticsearchNode.single(BASE.resolve("node")).start();
        STARTED.add(node);

        ServiceProcess first = instance("first", node, true);
        ServiceProcess second = instance("second", node, true);
        CompletableFuture<Double> a = CompletableFuture.supplyAsync(() -> start(first));
        CompletableFuture<Double> b = CompletableFuture.supplyAsync(() -> start(second));
        System.out.printf("two instances started together against an empty cluster: ready in %.1f s and %.1f s%n", a.join(), b.join());
        int seedArticles = total(first);
        assertThat(seedArticles).isGreaterThanOrEqualTo(30);
        assertThat(total(second)).isEqualTo(seedArticles);
        int passages = passages(node);

        ServiceProcess empty = instance("empty-disk", node, false);
        double ready = start(empty);
        String log = Files.readString(empty.home().resolve("service.log"));
        System.out.printf("an instance with an empty disk was ready in %.1f s%n", ready);
        assertThat(log).contains("0 indexed from the corpus folder now").contains("(0 texts embedded)");
        assertThat(total(empty)).isEqualTo(seedArticles);
        assertThat(passages(node)).as("no passage indexed twice").isEqualTo(passages);
        JsonPath seeded = ask(empty, "Which company did US lawmakers want added to the Pentagon list of Chinese military companies?");
        assertThat(seeded.getBoolean("grounded")).isTrue();
        assertThat(seeded.getString("answer")).contains("CATL");

        String id = "shared-lighthouse";
        on(first).auth().oauth2(ServiceProcess.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Lighthouse keepers return to Fair Isle",
                        "text", "Two lighthouse keepers returned to Fair Isle on Friday after 27 years of automatic operation. "
                                + "The Northern Lighthouse Board said the keepers will stay for a trial year."))
                .put("/api/articles/" + id).then().statusCode(201);
        JsonPath answer = ask(second, "How many lighthouse keepers returned to Fair Isle?");
        assertThat(answer.getList("citations.articleId", String.class)).contains(id);
        assertThat(answer.getString("answer")).contains("Two lighthouse keepers");
        on(second).auth().oauth2(ServiceProcess.EDITOR).delete("/api/articles/" + id).then().statusCode(204);
        on(first).get("/api/articles/" + id).then().statusCode(404);
        on(empty).get("/api/articles/" + id).then().statusCode(404);

        node.kill();
        JsonPath down = Eventually.get(Duration.ofSeconds(30),
                () -> on(first).get("/q/health/ready").then().extract().jsonPath(), h -> "DOWN".equals(h.getString("status")));
        assertThat(down.getString("checks.find { it.name == 'elasticsearch' }.data.error")).contains("unreachable");
        on(first).contentType(ContentType.JSON).body(Map.of("question", "What did CATL say about the Pentagon list?"))
                .post("/api/ask").then().statusCode(503).contentType(ContentType.JSON)
                .body("message", org.hamcrest.Matchers.containsString("unavailable"));

        node.launch();
        node.awaitUp(Duration.ofSeconds(120));
        Eventually.get(Duration.ofSeconds(60), () -> on(first).get("/q/health/ready").then().extract().statusCode(),
                status -> status == 200);
        assertThat(ask(first, "Which company did US lawmakers want added to the Pentagon list of Chinese military companies?")
                .getBoolean("grounded")).isTrue();
    }

    private static double start(ServiceProcess service) {
        try {
            return service.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int passages(ElasticsearchNode node) {
        return given().baseUri("http://" + node.host()).port(node.httpPort()).get("/shared-passages/_count")
                .then().statusCode(200).extract().path("count");
    }
}
