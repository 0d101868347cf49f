package io.newsdesk.web;

import io.newsdesk.support.Browser;
import io.newsdesk.support.BrowserAvailable;
import io.newsdesk.support.Ready;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat page as a workspace, in real Chromium: conversations kept on the server and listed in the sidebar,
 * found by their words, reopened and continued, renamed and deleted; shared by a link that a second person (another
 * browser, so another cookie) opens read-only until it is revoked; exported as Markdown.
 */
@QuarkusTest
@ExtendWith(BrowserAvailable.class)
class WorkspaceChatPageTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String NVIDIA = "Which university bought cloud access to Nvidia A100 and H100 chips?";
    private static final String HACKERS = "Which hacker group did Australia accuse?";
    private static WebDriver driver;
    private static WebDriver other;
    private static Path downloads;

    @TestHTTPResource("/")
    URL root;

    private WebDriverWait wait;

    @BeforeAll
    static void startBrowsers() throws Exception {
        downloads = Files.createTempDirectory("downloads");
        driver = Browser.start(Files.createTempDirectory("chromium-profile"), downloads);
        other = Browser.start(Files.createTempDirectory("chromium-profile-other"));
    }

    @AfterAll
    static void stopBrowsers() {
        for (WebDriver browser : new WebDriver[] {driver, other}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @BeforeEach
    void open() {
        Ready.await();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(root.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#starters button.starter")));
        driver.findElement(By.id("clear")).click();
    }

    private void ask(String question) {
        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
    }

    private WebElement answer(WebDriver browser, int n) {
        By done = By.cssSelector(".turn-answer:nth-of-type(" + (2 * n) + ") .answer:not(.loading)[data-grounded]");
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(done));
    }

    private List<String> sidebarTitles() {
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#history-list .history-name')].map(e => e.textContent);");
        return titles;
    }

    private WebElement sidebarItem(String title) {
        return wait.until(d -> d.findElements(By.cssSelector("#history-list .history-item")).stream()
                .filter(item -> item.getText().contains(title)).findFirst().orElse(null));
    }

    private void screenshot(WebDriver browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void a_conversation_is_found_in_the_sidebar_after_a_reload_and_continued_there() throws Exception {
        ask(NVIDIA);
        answer(driver, 1);
        wait.until(d -> sidebarTitles().contains(NVIDIA));
        assertThat(driver.findElement(By.id("conversation-title")).getText()).isEqualTo(NVIDIA);

        driver.findElement(By.id("clear")).click();
        ask(HACKERS);
        answer(driver, 1);
        wait.until(d -> sidebarTitles().indexOf(HACKERS) == 0);
        assertThat(sidebarTitles()).as("newest first").containsSubsequence(HACKERS, NVIDIA);

        driver.navigate().refresh();
        assertThat(answer(driver, 1).getText()).as("the tab's conversation reopens").contains("APT40");

        sidebarItem(NVIDIA).findElement(By.cssSelector(".history-open")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation-title"), NVIDIA));
        assertThat(answer(driver, 1).getText()).contains("Shenzhen University");
        assertThat(sidebarItem(NVIDIA).findElement(By.cssSelector(".history-open")).getDomAttribute("aria-current")).isEqualTo("true");
        ask("How much did they pay?");
        assertThat(answer(driver, 2).getText()).as("a reopened conversation's turns are the history").contains("200,000 yuan");
        screenshot(driver, "workspace-desktop.png");

        driver.findElement(By.id("history-search")).sendKeys("APT40");
        wait.until(d -> sidebarTitles().equals(List.of(HACKERS)));
        driver.findElement(By.id("history-search")).clear();
        driver.findElement(By.id("history-search")).sendKeys(" ");
        wait.until(d -> sidebarTitles().size() >= 2);

        driver.manage().window().setSize(new Dimension(375, 812));
        driver.findElement(By.id("history-toggle")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history")));
        screenshot(driver, "workspace-phone.png");
        Long scrollWidth = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).as("no sideways scrolling on a phone").isLessThanOrEqualTo(375);
        driver.findElement(By.id("history-toggle")).click();
    }

    @Test
    void a_conversation_is_renamed_and_deleted_after_a_confirmation() {
        String question = "What did Australia accuse APT40 of doing?";
        ask(question);
        answer(driver, 1);
        WebElement item = sidebarItem(question);
        item.findElement(By.xpath(".//button[text()='Rename']")).click();
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".history-rename input")));
        name.clear();
        name.sendKeys("APT40 accusations", Keys.ENTER);
        wait.until(d -> sidebarTitles().contains("APT40 accusations"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation-title"), "APT40 accusations"));

        sidebarItem("APT40 accusations").findElement(By.xpath(".//button[text()='Delete']")).click();
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".history-confirm")));
        assertThat(confirm.getText()).contains("cannot be undone");
        assertThat(sidebarTitles()).as("nothing is deleted before the confirmation").doesNotContain("APT40 accusations");
        driver.findElement(By.xpath("//button[text()='Keep']")).click();
        wait.until(d -> sidebarTitles().contains("APT40 accusations"));

        sidebarItem("APT40 accusations").findElement(By.xpath(".//button[text()='Delete']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".history-item button.danger"))).click();
        wait.until(d -> !sidebarTitles().contains("APT40 accusations"));
        assertThat(driver.findElement(By.id("empty")).isDisplayed()).as("the open conversation was the one deleted").isTrue();
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#starters button.starter")));
        assertThat(sidebarTitles()).doesNotContain("APT40 accusations");
    }

    @Test
    void a_shared_link_is_read_by_another_person_until_it_is_revoked_and_the_conversation_exports() throws Exception {
        ask(NVIDIA);
        answer(driver, 1);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("share"))).click();
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("share-url")));
        wait.until(d -> link.getDomProperty("value").contains("?shared="));
        String url = link.getDomProperty("value");

        other.get(root.toString());
        new WebDriverWait(other, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#starters button.starter")));
        assertThat(other.findElements(By.cssSelector("#history-list .history-name"))).extracting(WebElement::getText)
                .as("another person's sidebar holds none of this one's conversations").doesNotContain(NVIDIA);
        other.get(url);
        WebElement shared = answer(other, 1);
        assertThat(shared.getText()).contains("Shenzhen University");
        assertThat(other.findElement(By.id("shared-banner")).getText()).contains("read-only");
        assertThat(shared.findElements(By.cssSelector("button[aria-label='Helpful']"))).as("no feedback on another's answer").isEmpty();
        assertThat(other.findElement(By.id("conversation-tools")).isDisplayed()).isFalse();
        screenshot(other, "workspace-shared.png");

        driver.findElement(By.id("export-md")).click();
        Path markdown = wait.until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".md")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        wait.until(d -> {
            try {
                return Files.size(markdown) > 0;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertThat(Files.readString(markdown)).startsWith("# " + NVIDIA).contains("[^1-1]: **").contains("Shenzhen University");

        driver.findElement(By.id("share-stop")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("share-box")));
        other.navigate().refresh();
        new WebDriverWait(other, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("shared-banner"), "not shared any more"));
        assertThat(other.findElements(By.cssSelector(".turn-answer"))).isEmpty();
    }

    @Test
    void the_library_is_searched_and_filtered_and_an_editor_edits_and_deletes_an_article_there() throws Exception {
        String ndjson = """
                {"id":"lib-page-a","title":"Zorblatt bridge reopens","text":"The Zorblatt bridge reopened on Tuesday after repairs.\\n\\nTraffic resumed at noon.","publishedAt":"2024-04-02","source":"Harbour Gazette"}
                {"id":"lib-page-b","title":"Zorblatt market","text":"A Sunday market opened beside the Zorblatt bridge.","publishedAt":"2024-06-09","source":"Harbour Gazette"}
                """;
        assertThat(io.newsdesk.support.Imports.run(ndjson).getInt("errorCount")).isZero();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("sessionStorage.setItem('newsdesk.apiKey', arguments[0]);", io.newsdesk.support.TestKeys.EDITOR);
        try {
            driver.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#starters button.starter")));
            driver.findElement(By.id("view-library")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library-count"), "Articles 1–"));
            driver.findElement(By.id("library-q")).sendKeys("zorblatt bridge", Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library-count"), "of 2"));
            List<String> titles = driver.findElements(By.cssSelector("#library-list .library-open")).stream().map(WebElement::getText).toList();
            assertThat(titles).as("newest first").containsExactly("Zorblatt market", "Zorblatt bridge reopens");
            js.executeScript("const d = document.getElementById('library-to'); d.value = '2024-05-01'; d.dispatchEvent(new Event('change'));");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library-count"), "of 1"));
            screenshot(driver, "library-desktop.png");

            driver.findElement(By.cssSelector("#library-list .library-open")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("source-body"), "Traffic resumed at noon."));
            assertThat(driver.findElement(By.id("source-facts")).getText()).isEqualTo("2 Apr 2024 · desk general");
            driver.findElement(By.id("article-edit")).click();
            WebElement title = driver.findElement(By.id("edit-title"));
            title.clear();
            title.sendKeys("Zorblatt bridge open again");
            WebElement source = driver.findElement(By.id("edit-source"));
            source.clear();
            source.sendKeys("Island Post");
            driver.findElement(By.cssSelector("#article-form button[type='submit']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-status"), "Saved."));
            assertThat(driver.findElement(By.id("source-title")).getText()).isEqualTo("Zorblatt bridge open again");
            io.restassured.path.json.JsonPath saved = io.restassured.RestAssured.given().get("/api/articles/lib-page-a").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(saved.getString("title")).isEqualTo("Zorblatt bridge open again");
            assertThat(saved.getString("publication")).isEqualTo("Island Post");
            assertThat(saved.getString("publishedAt")).startsWith("2024-04-02");

            driver.findElement(By.id("article-delete")).click();
            assertThat(driver.findElement(By.id("article-confirm")).isDisplayed()).isTrue();
            io.restassured.RestAssured.given().get("/api/articles/lib-page-a").then().statusCode(200);
            driver.findElement(By.id("article-delete-yes")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library-count"), "No article matches."));
            io.restassured.RestAssured.given().get("/api/articles/lib-page-a").then().statusCode(404);
        } finally {
            js.executeScript("sessionStorage.removeItem('newsdesk.apiKey');");
        }

        other.get(root.toString());
        new WebDriverWait(other, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#starters button.starter")));
        other.findElement(By.id("view-library")).click();
        other.findElement(By.id("library-q")).sendKeys("zorblatt market", Keys.ENTER);
        new WebDriverWait(other, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("library-count"), "of 1"));
        other.findElement(By.cssSelector("#library-list .library-open")).click();
        new WebDriverWait(other, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("source-body"), "Sunday market"));
        assertThat(other.findElement(By.id("article-tools")).isDisplayed()).as("a reader gets no editor tools").isFalse();
    }
}
