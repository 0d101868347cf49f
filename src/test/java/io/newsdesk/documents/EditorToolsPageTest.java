package io.newsdesk.documents;

import io.newsdesk.support.Browser;
import io.newsdesk.support.BrowserAvailable;
import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor tools of the chat page, in real Chromium, against a local news site: many files uploaded at once, each
 * with its progress and its own result; a web page added by its address; an NDJSON import followed live, and one
 * cancelled; a feed added and removed. A reader is not shown the tools.
 */
@QuarkusTest
@TestProfile(WebPagesProfile.class)
@ExtendWith(BrowserAvailable.class)
class EditorToolsPageTest {

    private static WebDriver driver;

    @TestHTTPResource("/")
    URL root;

    private WebDriverWait wait;

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

    @BeforeEach
    void open() {
        Ready.await();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(root.toString());
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
    }

    private void openToolsAs(String key) {
        ((JavascriptExecutor) driver).executeScript("sessionStorage.setItem('newsdesk.apiKey', arguments[0]);", key);
        driver.navigate().refresh();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("view-tools"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tools-view")));
    }

    /** The import rows' texts, read in one go (the rows are redrawn every second). */
    @SuppressWarnings("unchecked")
    private static java.util.Map<String, String> jobs() {
        return (java.util.Map<String, String>) ((JavascriptExecutor) driver).executeScript(
                "return Object.fromEntries([...document.querySelectorAll('#import-list .job')].map(e => [e.dataset.job, e.innerText]));");
    }

    /** The text of the row of an import started after those {@code before}, once {@code state} shows in it. */
    private String newJob(java.util.Set<String> before, String state) {
        return wait.until(d -> jobs().entrySet().stream().filter(e -> !before.contains(e.getKey()) && e.getValue().startsWith(state))
                .map(java.util.Map.Entry::getValue).findFirst().orElse(null));
    }

    private static java.util.Set<String> jobIds() {
        return java.util.Set.copyOf(given().auth().oauth2(TestKeys.EDITOR).get("/api/imports").jsonPath().getList("id", String.class));
    }

    @SuppressWarnings("unchecked")
    private static List<String> feeds() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#feed-list .job')].map(e => e.innerText);");
    }

    private static Path file(String name, String content) throws Exception {
        Path folder = Files.createTempDirectory("uploads");
        return Files.writeString(folder.resolve(name), content);
    }

    @Test
    void files_are_uploaded_together_each_with_its_progress_and_result_and_a_page_is_added_by_its_address() throws Exception {
        openToolsAs(TestKeys.EDITOR);
        Path notes = file("harbour-notes.md", "# Quellhaven harbour dredging\n\nDredging of the Quellhaven harbour began on Monday "
                + "and will deepen the channel by two metres.\n");
        Path letter = file("council-letter.txt", "Marrowby council letter\n\nThe Marrowby council wrote to residents about the new "
                + "bin collection days, which start in June.\n");
        Path empty = file("empty.txt", "");
        driver.findElement(By.id("upload-files")).sendKeys(notes + "\n" + letter + "\n" + empty);
        wait.until(d -> d.findElements(By.cssSelector("#upload-list .upload-item.done, #upload-list .upload-item.failed")).size() == 3);
        List<String> results = driver.findElements(By.cssSelector("#upload-list .upload-item")).stream().map(WebElement::getText).toList();
        assertThat(results).anyMatch(r -> r.contains("harbour-notes.md") && r.contains("Added: “Quellhaven harbour dredging”"))
                .anyMatch(r -> r.contains("council-letter.txt") && r.contains("Added: “Marrowby council letter”"))
                .anyMatch(r -> r.contains("empty.txt") && r.contains("Not added:") && r.contains("empty"));
        assertThat(driver.findElements(By.cssSelector("#upload-list progress"))).allMatch(p -> "100".equals(p.getDomProperty("value")));
        assertThat(given().queryParam("q", "quellhaven dredging").get("/api/articles").jsonPath().getInt("total")).isEqualTo(1);

        // dropped on the zone, as a file dragged from the desktop arrives
        ((JavascriptExecutor) driver).executeScript("const data = new DataTransfer();"
                + "data.items.add(new File(['Tidewell lighthouse keeper retires\\n\\nThe Tidewell lighthouse keeper retired after forty years.'],"
                + " 'dropped.txt', {type: 'text/plain'}));"
                + "document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));");
        wait.until(d -> d.findElements(By.cssSelector("#upload-list .upload-item.done")).stream()
                .anyMatch(row -> row.getText().contains("dropped.txt") && row.getText().contains("Added: “Tidewell lighthouse keeper retires”")));

        driver.findElement(By.id("page-url")).sendKeys(FakeNewsSite.site.url() + "/story/rail.html");
        driver.findElement(By.cssSelector("#page-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-status"), "Added: “Rail line to Inverness electrified”"));
        driver.findElement(By.id("page-url")).sendKeys("ftp://example.com/story");
        driver.findElement(By.cssSelector("#page-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-status"), "Not added:"));
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/screenshots/tools-desktop.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void an_import_is_followed_to_the_end_another_is_cancelled_and_a_feed_is_added_and_removed() throws Exception {
        openToolsAs(TestKeys.EDITOR);
        StringBuilder small = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            small.append("{\"id\":\"tools-small-").append(i).append("\",\"title\":\"Pier lamp ").append(i)
                    .append("\",\"text\":\"The pier lamp number ").append(i).append(" was relit by the harbour trust.\"}\n");
        }
        small.append("{\"title\":\"no text\"}\n");
        java.util.Set<String> before = jobIds();
        driver.findElement(By.id("import-file")).sendKeys(file("small.ndjson", small.toString()).toString());
        driver.findElement(By.cssSelector("#import-form button")).click();
        String done = newJob(before, "done");
        assertThat(done).contains("4 of 4 lines, 3 indexed, 1 error").contains("line 4:");

        StringBuilder large = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            large.append("{\"id\":\"tools-large-").append(i).append("\",\"title\":\"Bench ").append(i)
                    .append("\",\"text\":\"Bench ").append(i).append(" by the canal was repainted green by volunteer ")
                    .append(i * 7919 % 10007).append(" on a Saturday.\"}\n");
        }
        java.util.Set<String> beforeLarge = jobIds();
        driver.findElement(By.id("import-file")).sendKeys(file("large.ndjson", large.toString()).toString());
        driver.findElement(By.cssSelector("#import-form button")).click();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.xpath("//ul[@id='import-list']//button[text()='Cancel']")).click();
            return true;
        });
        String cancelled = newJob(beforeLarge, "cancelled");
        assertThat(cancelled).containsPattern("\\d+ of 4000 lines");

        driver.findElement(By.id("feed-name")).sendKeys("wick-page");
        driver.findElement(By.id("feed-url")).sendKeys(FakeNewsSite.site.url() + "/feeds/added.xml");
        new Select(driver.findElement(By.id("feed-interval"))).selectByValue("1h");
        driver.findElement(By.cssSelector("#feed-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feed-status"), "Added wick-page"));
        String feed = wait.until(d -> feeds().stream().filter(f -> f.startsWith("wick-page")).findFirst().orElse(null));
        assertThat(feed).contains("every 60 min");
        assertThat(feeds().stream().filter(f -> f.startsWith("atom")).findFirst().orElseThrow())
                .as("a configured feed has no Remove").contains("(configured)");
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("button[aria-label='Remove the feed wick-page']")).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feed-status"), "Removed wick-page"));
        assertThat(given().get("/api/feeds").jsonPath().getList("name", String.class)).doesNotContain("wick-page");
    }

    @Test
    void a_reader_is_not_shown_the_tools() {
        ((JavascriptExecutor) driver).executeScript("sessionStorage.setItem('newsdesk.apiKey', arguments[0]);", TestKeys.READER);
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#starters button.starter")));
        assertThat(driver.findElement(By.id("view-tools")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("tools-view")).isDisplayed()).isFalse();
    }
}
