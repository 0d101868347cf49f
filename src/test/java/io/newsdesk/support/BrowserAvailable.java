package io.newsdesk.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Runs browser tests when Chromium and chromedriver are installed and skips them, saying what to
 * install, when they are not. {@code -Dbrowser.tests=required} (or {@code CI=true}) makes the
 * browser mandatory: the tests then run and fail without it instead of being skipped.
 */
public class BrowserAvailable implements ExecutionCondition {

    public static String chromium() {
        return System.getProperty("chromium.binary", "/usr/bin/chromium");
    }

    public static String chromedriver() {
        return System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    }

    static boolean required() {
        String mode = System.getProperty("browser.tests");
        if (mode != null) {
            return mode.toLowerCase(Locale.ROOT).equals("required");
        }
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean installed = Files.isExecutable(Path.of(chromium())) && Files.isExecutable(Path.of(chromedriver()));
        if (installed) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        if (required()) {
            return ConditionEvaluationResult.enabled("the browser is required (browser.tests=required or CI=true)"
                    + " but " + chromium() + " or " + chromedriver() + " is missing: the test will fail");
        }
        String message = "browser test skipped: " + chromium() + " or " + chromedriver() + " is missing; install them "
                + "(Debian: apt-get install chromium chromium-driver) or set -Dchromium.binary / -Dchromedriver.binary";
        System.out.println(message);
        return ConditionEvaluationResult.disabled(message);
    }
}
