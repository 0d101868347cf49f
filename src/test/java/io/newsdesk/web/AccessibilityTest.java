package io.newsdesk.web;

import io.newsdesk.support.Axe;
import io.newsdesk.support.Browser;
import io.newsdesk.support.BrowserAvailable;
import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every view of the page (an answer, the library with an article open, the editor tools, a shared
 * conversation), at 1280 and 375 px, light and dark: no serious or critical violation. With {@code -Pbench}, how soon
 * the page first renders on the seeds.
 */
@QuarkusTest
@ExtendWith(BrowserAvailable.class)
class AccessibilityTest {

    private static WebDriver driver;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = Browser.start(Files.createTempDirectory("chromium-profile"));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void scheme(String colors) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", colors))));
    }

    @Test
    void every_view_has_no_serious_accessibility_violation_in_light_and_dark_at_both_widths() {
        Axe.assumeAvailable();
        Ready.await();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String token = given().auth().oauth2(TestKeys.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("question", "Which hacker group did Australia accuse?")).post("/api/ask").then().statusCode(200)
                .extract().path("conversationId");
        String shared = given().auth().oauth2(TestKeys.EDITOR).post("/api/conversations/{id}/share", token).then()
                .statusCode(200).extract().path("url");

        driver.get(root.toString());
        js.executeScript("sessionStorage.setItem('newsdesk.apiKey', arguments[0]);", TestKeys.EDITOR);
        List<String> found = new ArrayList<>();
        int checked = 0;
        for (String colors : List.of("light", "dark")) {
            scheme(colors);
            for (int width : new int[] {1280, 375}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                driver.navigate().to(root.toString());
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#starters button.starter")));
                driver.findElement(By.id("clear")).click();
                driver.findElement(By.id("question")).sendKeys("What did Australia accuse APT40 of doing?", Keys.ENTER);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".turn-answer .answer:not(.loading)[data-grounded]")));
                found.addAll(label(colors, width, "chat", Axe.seriousViolations(driver)));
                fits(width, "chat", colors, found);

                driver.findElement(By.id("view-library")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library-count"), "Articles"));
                driver.findElement(By.cssSelector("#library-list .library-open")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-tools")));
                found.addAll(label(colors, width, "library", Axe.seriousViolations(driver)));
                fits(width, "library", colors, found);
                driver.findElement(By.id("source-close")).click();

                driver.findElement(By.id("view-tools")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tools-view")));
                found.addAll(label(colors, width, "tools", Axe.seriousViolations(driver)));
                fits(width, "tools", colors, found);

                driver.navigate().to(root + shared.substring(1));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shared-banner"), "read-only"));
                found.addAll(label(colors, width, "shared", Axe.seriousViolations(driver)));
                fits(width, "shared", colors, found);
                checked += 4;
            }
        }
        scheme("light");
        System.out.printf("axe-core: %d page states checked (4 views x 2 widths x light and dark), %d serious or critical violations%n",
                checked, found.size());
        assertThat(found).isEmpty();
    }

    /** On a phone, no view scrolls sideways; each state is kept as a screenshot. */
    private static void fits(int width, String view, String colors, List<String> found) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            java.nio.file.Files.copy(((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                    java.nio.file.Path.of("target/screenshots/" + view + "-" + width + "-" + colors + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // the page, and the view's own scrolling box, are no wider than the window
        String wide = (String) ((JavascriptExecutor) driver).executeScript(
                "const boxes = [document.documentElement, ...document.querySelectorAll('main:not([hidden]), #source-panel:not([hidden])')];"
                        + "const over = boxes.find(b => b.scrollWidth > b.clientWidth + 1);"
                        + "return over ? (over.id || over.tagName) + ' is ' + over.scrollWidth + ' px wide in ' + over.clientWidth : null;");
        if (wide != null) {
            found.add(view + " at " + width + " px, " + colors + ": scrolls sideways (" + wide + ")");
        }
    }

    private static List<String> label(String colors, int width, String view, List<String> violations) {
        return violations.stream().map(v -> view + " at " + width + " px, " + colors + ": " + v).toList();
    }

    /** A measurement, run with {@code ./mvnw -Pbench test -Dtest=AccessibilityTest}: prints, asserts nothing. */
    @Test
    @org.junit.jupiter.api.Tag("benchmark")
    void how_soon_the_page_first_renders_on_the_seeds() {
        Ready.await();
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(root.toString()); // warm: the first load also starts the browser's own caches
        List<Double> renders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            driver.navigate().refresh();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#starters button.starter")));
            Object fcp = ((JavascriptExecutor) driver).executeScript(
                    "const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : null;");
            renders.add(((Number) fcp).doubleValue());
        }
        renders.sort(Double::compare);
        System.out.printf("Chat page first contentful paint on the seeds: median %.0f ms of 5 loads (%s)%n", renders.get(2), renders);
    }
}
