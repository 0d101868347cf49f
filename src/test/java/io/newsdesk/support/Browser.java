package io.newsdesk.support;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Path;

/** Headless Chromium through Debian's chromedriver, with a fresh profile and no background networking. */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start(Path profile) {
        return start(profile, null);
    }

    /** A browser that saves downloads in {@code downloads} without asking (when not null). */
    public static WebDriver start(Path profile, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
        }
        options.setBinary(BrowserAvailable.chromium());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(BrowserAvailable.chromedriver()))
                .build();
        return new ChromeDriver(service, options);
    }
}
