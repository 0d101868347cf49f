package io.newsdesk.web;

import io.newsdesk.support.TestKeys;
import io.newsdesk.support.Browser;
import io.newsdesk.support.BrowserAvailable;
import io.newsdesk.support.Ready;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chat page in a real headless Chromium (Debian's chromium and chromedriver). Skipped, with a
 * message, where they are not installed; mandatory in CI (see {@link BrowserAvailable}).
 */
@QuarkusTest
@ExtendWith(BrowserAvailable.class)
class ChatPageTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static WebDriver driver;
    private static Path profile;

    @TestHTTPResource("/")
    URL root;

    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        driver = Browser.start(profile);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void open() {
        Ready.await();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(root.toString());
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear();"); // each test starts a new conversation
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#starters button.starter")));
        driver.findElement(By.id("clear")).click(); // and none reopened from an earlier test
    }

    private void ask(String question) {
        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
    }

    private WebElement answer(int n) {
        By done = By.cssSelector(".turn-answer:nth-of-type(" + (2 * n) + ") .answer:not(.loading)[data-grounded]");
        return wait.until(ExpectedConditions.presenceOfElementLocated(done));
    }

    private void screenshot(String name) throws Exception {
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void the_date_and_source_controls_hold_the_answer_and_the_answer_says_to_what() throws Exception {
        WebElement sources = driver.findElement(By.id("filter-source"));
        wait.until(driver -> sources.findElements(By.tagName("option")).size() > 1);
        assertThat(sources.getText()).contains("Voice of America"); // a seed's byline, read as its publication
        ((JavascriptExecutor) driver).executeScript("document.getElementById('filter-from').value = '2030-01-01';");
        ask("Which university bought cloud access to Nvidia A100 and H100 chips?");
        WebElement refused = answer(1);
        assertThat(refused.getDomAttribute("data-grounded")).isEqualTo("false");
        assertThat(refused.findElement(By.cssSelector(".time-range")).getText()).isEqualTo("Articles published: since 1 Jan 2030");
        assertThat(refused.findElement(By.cssSelector(".notice")).getText()).startsWith("Nothing published since 1 Jan 2030 covers this");
        screenshot("chat-filters.png");
    }

    @Test
    void staff_member_asks_reads_sources_follows_up_and_gives_feedback() throws Exception {
        String question = "Which university bought cloud access to Nvidia A100 and H100 chips?";
        ask(question);

        WebElement first = answer(1);
        System.out.printf("Chat page: first streamed text after %s ms%n",
                driver.findElement(By.tagName("body")).getDomAttribute("data-first-text-ms"));
        assertThat(first.getDomAttribute("class")).contains("grounded");
        assertThat(first.findElement(By.cssSelector(".text")).getText()).contains("Shenzhen University");
        List<WebElement> chips = first.findElements(By.cssSelector(".chip"));
        assertThat(chips).isNotEmpty();
        String quote = first.findElement(By.cssSelector(".sources .source-quote")).getText();

        chips.get(0).click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-panel")));
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#source-body mark")));
        assertThat(panel.findElement(By.id("source-title")).getText()).isNotBlank();
        assertThat(panel.findElement(By.id("source-file")).getText()).endsWith(".txt");
        assertThat(panel.findElements(By.cssSelector("#source-file a"))).as("a seed file has no original to link").isEmpty();
        assertThat(quote).contains(mark.getText());
        Boolean inView = (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect(), p = arguments[1].getBoundingClientRect();"
                        + "return r.top >= p.top && r.bottom <= p.bottom + 1;", mark, panel);
        assertThat(inView).as("quote scrolled into view").isTrue();
        screenshot("chat-desktop.png");
        driver.findElement(By.id("source-close")).click();

        ask("How much did they pay?");
        WebElement followUp = answer(2);
        assertThat(followUp.getText()).contains("200,000 yuan");

        ask("What is a good recipe for banana bread?");
        WebElement notCovered = answer(3);
        assertThat(notCovered.getDomAttribute("class")).contains("not-covered");
        assertThat(notCovered.findElement(By.cssSelector(".label")).getText()).containsIgnoringCase("not covered");
        assertThat(notCovered.findElements(By.cssSelector(".chip"))).isEmpty();

        ask("How much did Xiaomi invest in robotaxis in Wuhan?");
        WebElement partial = answer(4);
        assertThat(partial.getDomAttribute("class")).contains("partial");
        assertThat(partial.findElement(By.cssSelector(".label")).getText()).containsIgnoringCase("partly covered");
        assertThat(partial.findElements(By.cssSelector(".sources li"))).isNotEmpty();

        first.findElement(By.cssSelector("button[aria-label='Helpful']")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(first.findElement(By.cssSelector(".status")), "Thanks"));
        List<String> stored = given().auth().oauth2(TestKeys.EDITOR).get("/api/feedback").then().statusCode(200).extract().path("feedback.question");
        assertThat(stored).contains(question);

        driver.manage().window().setSize(new Dimension(375, 812));
        screenshot("chat-phone.png");
        assertThat(driver.findElement(By.id("question")).isDisplayed()).isTrue();
        Long scrollWidth = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).as("no sideways scrolling on a phone").isLessThanOrEqualTo(375);
    }

    @Test
    void shift_enter_adds_a_line_and_clear_empties_the_conversation() {
        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys("first line");
        box.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        box.sendKeys("second line");
        assertThat(box.getDomProperty("value")).isEqualTo("first line\nsecond line");
        assertThat(driver.findElements(By.cssSelector(".turn-question"))).isEmpty();

        box.sendKeys(Keys.ENTER);
        answer(1);
        driver.findElement(By.id("clear")).click();
        assertThat(driver.findElements(By.cssSelector(".turn-question"))).isEmpty();
        assertThat(driver.findElement(By.id("empty")).isDisplayed()).isTrue();
    }

    @Test
    void article_markup_is_shown_as_text_and_never_runs() {
        String ndjson = "{\"id\":\"xss-probe\",\"title\":\"Zebra crossing festival <script>alert(3)</script>\","
                + "\"text\":\"The zebra crossing festival drew large crowds <img src=x onerror=alert(1)> on Sunday. "
                + "Organisers of the zebra crossing festival said <script>alert(2)</script> nothing unusual happened.\"}\n";
        assertThat(io.newsdesk.support.Imports.run(ndjson).getInt("indexed")).isEqualTo(1);

        ask("What happened at the zebra crossing festival?");
        WebElement card = answer(1);
        assertThat(card.getText()).contains("<img src=x onerror=alert(1)>");
        card.findElement(By.cssSelector(".chip")).click();
        WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#source-body mark")));
        assertThat(driver.findElement(By.id("source-title")).getText()).contains("<script>alert(3)</script>");
        assertThat(driver.findElement(By.id("source-body")).getText()).contains("<script>alert(2)</script>");
        assertThat(driver.findElements(By.cssSelector("#conversation img, #source-panel img, #conversation script, #source-panel script")))
                .isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(body.isDisplayed()).isTrue();
    }

    @Test
    void the_source_panel_links_to_the_original_of_a_web_article_in_a_new_tab() {
        String ndjson = "{\"id\":\"linked-original\",\"title\":\"Puffin colony returns to the Isle of May\","
                + "\"url\":\"https://news.example.org/puffins?id=7\","
                + "\"text\":\"Puffins have returned to the Isle of May in record numbers, wardens said. "
                + "The wardens counted 80,000 burrows on the Isle of May this spring.\"}\n";
        assertThat(io.newsdesk.support.Imports.run(ndjson).getInt("indexed")).isEqualTo(1);

        ask("How many puffin burrows did the wardens count on the Isle of May?");
        answer(1).findElement(By.cssSelector(".chip")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#source-body mark")));
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#source-file a.original")));
        assertThat(link.getDomAttribute("href")).isEqualTo("https://news.example.org/puffins?id=7");
        assertThat(link.getDomAttribute("target")).isEqualTo("_blank");
        assertThat(link.getDomAttribute("rel")).contains("noopener").contains("noreferrer");
        assertThat(driver.findElement(By.id("source-file")).getText()).startsWith("import").contains("Open the original");
    }

    private WebElement error(int n) {
        By failed = By.cssSelector(".turn-answer:nth-of-type(" + (2 * n) + ") .answer.error [role=alert]");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(failed));
    }

    private ChromeDriver chrome() {
        return (ChromeDriver) driver;
    }

    /** Emulates the browser's network (DevTools): offline, or every request delayed by {@code latencyMillis}. */
    private void network(boolean offline, int latencyMillis) {
        chrome().executeCdpCommand("Network.enable", Map.of());
        chrome().executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", latencyMillis, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    @Test
    void a_rejected_question_shows_the_services_message_and_an_unreachable_service_says_so() {
        // maxlength stops typing past 2,000 characters; a script can still set the value, and the service must say why it refuses.
        ((JavascriptExecutor) driver).executeScript("document.getElementById('question').value = 'a'.repeat(2001);");
        driver.findElement(By.id("question")).sendKeys(Keys.ENTER);
        assertThat(error(1).getText()).contains("2001 characters").contains("limit is 2000").contains("HTTP 400");

        network(true, 0);
        try {
            ask("Which university bought cloud access to Nvidia chips?");
            assertThat(error(2).getText()).contains("unreachable");
            assertThat(driver.findElement(By.id("send")).isEnabled()).as("ready for another try").isTrue();
        } finally {
            network(false, 0);
        }
        ask("Which university bought cloud access to Nvidia chips?");
        assertThat(answer(3).getDomAttribute("class")).contains("grounded");
    }

    @Test
    void copy_puts_the_answer_and_its_sources_as_footnotes_on_the_clipboard() {
        chrome().executeCdpCommand("Browser.grantPermissions", Map.of("origin", root.getProtocol() + "://" + root.getAuthority(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        ask("Which university bought cloud access to Nvidia A100 and H100 chips?");
        WebElement card = answer(1);
        String title = card.findElement(By.cssSelector(".sources .source-name")).getText();

        card.findElement(By.cssSelector("button[aria-label='Copy the answer with its sources']")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(card.findElement(By.cssSelector(".status")), "Copied"));
        String copied = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('failed: ' + e));");

        assertThat(copied).contains("Shenzhen University").contains("[1]").contains("Sources:");
        assertThat(copied).contains("[1] " + title + " (").contains(".txt, date unknown)"); // the footnote says when, or that the date is unknown
    }

    @Test
    void a_reload_keeps_the_conversation_for_follow_ups_and_clear_forgets_it() {
        ask("Which university bought cloud access to Nvidia A100 and H100 chips?");
        answer(1);

        driver.navigate().refresh();
        WebElement restored = answer(1);
        assertThat(restored.getText()).contains("Shenzhen University");
        assertThat(restored.findElements(By.cssSelector(".chip"))).isNotEmpty();
        ask("How much did they pay?");
        assertThat(answer(2).getText()).as("the restored turn is history for the follow-up").contains("200,000 yuan");

        driver.findElement(By.id("clear")).click();
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#starters button.starter")));
        assertThat(driver.findElements(By.cssSelector(".turn-question"))).isEmpty();
        assertThat(driver.findElement(By.id("empty")).isDisplayed()).isTrue();
    }

    @Test
    void stop_ends_a_slow_answer_and_the_page_stays_usable() {
        network(false, 3000);
        try {
            ask("What did Australia accuse APT40 of doing?");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("stop"))).click();
            WebElement stopped = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".turn-answer:nth-of-type(2) .answer.stopped")));
            assertThat(stopped.getText()).contains("Stopped");
            assertThat(driver.findElement(By.id("send")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("stop")).isDisplayed()).isFalse();
        } finally {
            network(false, 0);
        }
        ask("What did Australia accuse APT40 of doing?");
        assertThat(answer(2).getDomAttribute("class")).contains("grounded");
    }

    @Test
    void page_is_served_with_a_strict_content_security_policy() {
        String csp = given().get("/").then().statusCode(200).contentType(ContentType.HTML).extract().header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline");
        String html = given().get("/").asString();
        assertThat(html).doesNotContain("<script>").doesNotContain("http://").doesNotContain("https://");
    }
}
