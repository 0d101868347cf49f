package io.newsdesk.web;

import io.newsdesk.security.ClosedReadsProfile;
import io.newsdesk.support.Browser;
import io.newsdesk.support.BrowserAvailable;
import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** With reads closed, the chat page asks for a key once, keeps it for the tab's session, and then works. */
@QuarkusTest
@TestProfile(ClosedReadsProfile.class)
@ExtendWith(BrowserAvailable.class)
class ClosedReadsChatPageTest {

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

    @Test
    void asks_for_a_key_then_answers_and_keeps_the_key_across_a_reload() {
        Ready.await();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(root.toString());

        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-form")));
        assertThat(driver.findElement(By.id("key-message")).getText()).containsIgnoringCase("API key");
        driver.findElement(By.id("api-key")).sendKeys("wrong-key");
        driver.findElement(By.id("key-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("key-message"), "not accepted"));
        driver.findElement(By.id("api-key")).sendKeys(TestKeys.READER);
        driver.findElement(By.id("key-submit")).click();
        wait.until(ExpectedConditions.invisibilityOf(form));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#starters button.starter")));

        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys("Which hacker group did Australia accuse?");
        box.sendKeys(Keys.ENTER);
        WebElement answer = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".turn-answer .answer:not(.loading)[data-grounded]")));
        assertThat(answer.getDomAttribute("class")).contains("grounded");
        assertThat(answer.getText()).contains("APT40");

        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#starters button.starter")));
        assertThat(driver.findElement(By.id("key-form")).isDisplayed()).as("no second prompt in the same tab").isFalse();
        Object stored = ((JavascriptExecutor) driver).executeScript("return sessionStorage.getItem('newsdesk.apiKey')");
        assertThat(stored).isEqualTo(TestKeys.READER);
    }
}
