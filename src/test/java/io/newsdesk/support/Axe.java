package io.newsdesk.support;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core's accessibility checks, run inside the page under test. axe-core comes from npm, outside the build:
 * {@code .ci/run} installs it and names it in {@code NEWSDESK_AXE} (or put {@code axe.min.js} at
 * {@code target/axe/node_modules/axe-core/axe.min.js}: {@code npm install --prefix target/axe axe-core}). Without it
 * the check is skipped with a message, except where the browser is required (CI), where it fails.
 */
public final class Axe {

    private Axe() {
    }

    static Path script() {
        String named = System.getenv("NEWSDESK_AXE");
        return Path.of(named != null && !named.isBlank() ? named : "target/axe/node_modules/axe-core/axe.min.js");
    }

    /** Whether the checks can run here; where they cannot and need not, the calling test is skipped. */
    public static void assumeAvailable() {
        if (Files.isReadable(script())) {
            return;
        }
        if (BrowserAvailable.required()) {
            throw new IllegalStateException("axe-core is required (CI) but " + script() + " is missing; "
                    + "npm install --prefix target/axe axe-core, or set NEWSDESK_AXE");
        }
        Assumptions.abort("accessibility check skipped: " + script() + " is missing (npm install --prefix target/axe axe-core)");
    }

    /** The serious and critical violations on the page as it is now: rule id, impact and the first element's selector. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) {
        String axe;
        try {
            axe = Files.readString(script());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({"
                        + "id: v.id, impact: v.impact, help: v.help, target: v.nodes.length ? String(v.nodes[0].target) : ''}))));");
        return violations.stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("target")).toList();
    }
}
