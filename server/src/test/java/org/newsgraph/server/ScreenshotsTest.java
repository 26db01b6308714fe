package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;
import org.newsgraph.store.actors.ActorSummary;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Takes the README's pictures in headless Chromium: the network of {@code /network}, and the actor
 * page's network and timeline of the most mentioned actor, over the store given by
 * {@code -Dscreenshots.store=DIR} (a copy: opening it may migrate it), written as PNG files to
 * {@code -Dscreenshots.out} (default {@code ../docs/screenshots}). Skipped without that property.
 */
class ScreenshotsTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void theNetworkAndATimelineOfARealStore() throws Exception {
        String db = System.getProperty("screenshots.store");
        Assumptions.assumeTrue(db != null && !db.isBlank(), "no -Dscreenshots.store=DIR given: no screenshots taken");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM), "no headless browser");
        Path out = Path.of(System.getProperty("screenshots.out", "../docs/screenshots"));
        Files.createDirectories(out);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1800", "--hide-scrollbars");
        try (ArticleStore store = Stores.open(db);
                NewsgraphServer server = NewsgraphServer.start(ServerOptions.defaults().withPort(0), store,
                        () -> article -> {
                            throw new IllegalStateException("no analysis while taking screenshots");
                        }, line -> { })) {
            List<ActorSummary> top = store.actors().top(null, 1);
            assertThat(top).isNotEmpty();
            WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build(), options);
            try {
                browser.get(server.uri().resolve("/network").toString());
                save(browser.findElement(By.cssSelector("figure:has(svg#network)")), out.resolve("network.png"));
                browser.get(server.uri().resolve("/actors/" + top.get(0).id()).toString());
                save(browser.findElement(By.cssSelector("figure:has(svg#actor-network)")),
                        out.resolve("actor-network.png"));
                save(browser.findElement(By.cssSelector("figure:has(svg#actor-timeline)")), out.resolve("timeline.png"));
            } finally {
                browser.quit();
            }
        }
    }

    private static void save(WebElement element, Path file) throws Exception {
        byte[] png = element.getScreenshotAs(OutputType.BYTES);
        Files.write(file, png);
        assertThat(png.length).as(file.toString()).isGreaterThan(10_000);
    }
}
