package io.newsdesk.web;

import io.newsdesk.security.DesksAndAuditTest;
import io.newsdesk.support.Browser;
import io.newsdesk.support.BrowserAvailable;
import io.newsdesk.support.Ready;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Desks on the chat page, in real Chromium: a reader of a restricted desk picks it and gets its article, with the
 * desk shown beside the source; a reader without it is offered no desk menu at all.
 */
@QuarkusTest
@TestProfile(DeskChatPageTest.Profile.class)
@ExtendWith(BrowserAvailable.class)
class DeskChatPageTest {

    /** The desks of {@link DesksAndAuditTest}, on an archive of this test's own. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsdesk.desks.investigations.read-keys", DesksAndAuditTest.INVESTIGATIONS_READER,
                    "newsdesk.desks.investigations.edit-keys", DesksAndAuditTest.INVESTIGATIONS_EDITOR,
                    "%test.newsdesk.data.path", "${test.newsdesk.data:target/test-data/default}/desk-page");
        }
    }

    private static final String QUESTION = "Who signed the Pellworth ferry contract?";
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
    void memo() {
        Ready.await();
        given().auth().oauth2(DesksAndAuditTest.INVESTIGATIONS_EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Pellworth ferry memo", "desk", "investigations", "publishedAt", "2024-03-05",
                        "text", "The Pellworth ferry contract was signed by Maren Oksby, the memo shows. "
                                + "Oksby chairs the island's transport board."))
                .put("/api/articles/{id}", "pellworth-ferry-memo").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Opens the page as the holder of {@code key} (the page keeps a key for the tab's session). */
    private void openAs(String key) {
        driver.get(root.toString());
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear(); if (arguments[0]) sessionStorage.setItem('newsdesk.apiKey', arguments[0]);", key);
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#starters button.starter")));
    }

    @Test
    void a_reader_of_the_desk_picks_it_and_sees_the_desk_beside_the_source() {
        openAs(DesksAndAuditTest.INVESTIGATIONS_READER);
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filter-desk-field")));
        Select desks = new Select(field.findElement(By.id("filter-desk")));
        assertThat(desks.getOptions()).extracting(WebElement::getText)
                .contains("All my desks", "investigations (1)").anyMatch(text -> text.startsWith("general ("));
        desks.selectByValue("investigations");

        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys(QUESTION);
        box.sendKeys(Keys.ENTER);
        WebElement answer = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".turn-answer .answer:not(.loading)[data-grounded]")));
        assertThat(answer.findElement(By.cssSelector(".text")).getText()).contains("Maren Oksby");
        answer.findElement(By.cssSelector(".sources .source")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("source-facts"), "desk investigations"));
        assertThat(driver.findElement(By.id("source-facts")).getText()).isEqualTo("5 Mar 2024 · desk investigations");
    }

    @Test
    void a_reader_without_the_desk_is_offered_no_desk_and_gets_nothing_of_it() {
        openAs(null);
        assertThat(driver.findElement(By.id("filter-desk-field")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("filter-desk")).getText()).doesNotContain("investigations");
        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys(QUESTION);
        box.sendKeys(Keys.ENTER);
        WebElement answer = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".turn-answer .answer:not(.loading)[data-grounded]")));
        assertThat(answer.getDomAttribute("data-grounded")).isEqualTo("false");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Oksby");
    }
}
