package io.newsdesk.support;

import io.restassured.path.json.JsonPath;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs NDJSON imports through the API the way a client does: 202, then follow the job until it ends. */
public final class Imports {

    private Imports() {
    }

    /** Posts an import with the editor key and returns the job once it has ended. */
    public static JsonPath run(String ndjson) {
        return run(ndjson, TestKeys.EDITOR);
    }

    public static JsonPath run(String ndjson, String key) {
        String location = given().auth().oauth2(key).contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(202).extract().header("Location");
        assertThat(location).contains("/api/imports/");
        return await(location, key);
    }

    /** Polls a job until it has ended. */
    public static JsonPath await(String location, String key) {
        return Eventually.get(Duration.ofSeconds(120),
                () -> given().auth().oauth2(key).get(location).then().statusCode(200).extract().jsonPath(),
                job -> !job.getString("state").equals("queued") && !job.getString("state").equals("running"));
    }

    /** Waits until no import is queued or running (after posting one directly). */
    public static void awaitAll() {
        Eventually.get(Duration.ofSeconds(120),
                () -> given().auth().oauth2(TestKeys.EDITOR).get("/api/imports").then().statusCode(200)
                        .extract().jsonPath().getList("state", String.class),
                states -> states.stream().allMatch(s -> !s.equals("queued") && !s.equals("running")));
    }
}
