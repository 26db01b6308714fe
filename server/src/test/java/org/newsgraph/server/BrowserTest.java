package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver): the analyze box
 * with the example article and the real analyser, and article markup that must not run. Skipped
 * where {@code /usr/bin/chromedriver} is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private @Nullable TestServer server;
    private @Nullable WebDriver browser;

    @BeforeAll
    void start(@TempDir Path directory) {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            return;
        }
        server = new TestServer(directory, article -> SharedAnalyser.get().analyze(article), Docs.hostile(),
                Docs.summit(), StoryDocs.gazette(), StoryDocs.courier(), StoryDocs.tribune());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        browser = new ChromeDriver(service, options);
    }

    @BeforeEach
    void requireBrowser() {
        Assumptions.assumeTrue(browser != null,
                "no headless browser: install Debian's chromium and chromium-driver (as .ci/run does) to run this test");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theAnalyzeBoxShowsPeskovAsTheSourceOfTheAccordingToClaim() throws Exception {
        browser.get(server.uri("/analyze").toString());
        browser.findElement(By.id("text")).sendKeys(Files.readString(RealAnalysisTest.EXAMPLE));
        browser.findElement(By.id("analyze")).click();
        new WebDriverWait(browser, Duration.ofSeconds(180))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result #attributions")));

        List<WebElement> according = browser.findElements(By.cssSelector("#attributions tbody tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("td.att-cue")).getText().equalsIgnoreCase("According to"))
                .toList();
        assertThat(according).hasSize(1);
        assertThat(according.get(0).findElement(By.cssSelector("td.att-source")).getText()).isEqualTo("Dmitry Peskov");
        assertThat(according.get(0).findElement(By.cssSelector("td.att-content")).getText())
                .startsWith("The two “internationally isolated” leaders will meet later this week");
        assertThat(browser.findElements(By.cssSelector("#result .doc-text span.att-source")))
                .extracting(WebElement::getText).contains("Dmitry Peskov");
        assertThat(browser.findElement(By.cssSelector("#result .doc-text span.att-cue")).getText())
                .isEqualTo("According to");
    }

    @Test
    void everyViewRendersWithItsStylesheet() {
        browser.get(server.uri("/").toString());
        String actor = browser.findElement(By.cssSelector("#actors td a")).getAttribute("href");
        String story = browser.findElement(By.cssSelector("#stories td a")).getAttribute("href");

        for (String view : List.of(server.uri("/").toString(), server.uri("/articles/w1").toString(), actor, story,
                server.uri("/analyze").toString())) {
            browser.get(view);
            assertThat(browser.findElement(By.tagName("header")).getCssValue("background-color")).as(view)
                    .isEqualTo("rgba(29, 36, 48, 1)");
            assertThat(browser.findElements(By.cssSelector("main h1, main h2"))).as(view).isNotEmpty();
        }
        browser.get(story);
        assertThat(browser.findElements(By.cssSelector("#story-articles td.copy"))).extracting(WebElement::getText)
                .containsExactly("copy of gazette");
    }

    @Test
    void anArticlesScriptAndImageShowAsTextAndNeverRun() {
        browser.get(server.uri("/articles/x1").toString());

        assertThat(browser.findElement(By.cssSelector(".doc-text")).getText()).contains(Docs.SCRIPT, Docs.IMG);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hostile " + Docs.SCRIPT);
        assertThat(browser.findElements(By.cssSelector("main img, main script"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void searchResultsShowMarkupAsTextAndNeverRunIt() {
        browser.get(server.uri("/?q=" + URLEncoder.encode("harmless " + Docs.SCRIPT, StandardCharsets.UTF_8)).toString());

        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("harmless " + Docs.SCRIPT);
        assertThat(browser.findElement(By.cssSelector("#quotes td.att-content")).getText())
                .isEqualTo(Docs.SCRIPT + " and " + Docs.IMG + " are harmless");
        assertThat(browser.findElements(By.cssSelector("main img, main script"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void theNetworkAndTheTimelineAreDrawnUnderTheContentSecurityPolicy() {
        browser.get(server.uri("/network").toString());
        WebElement network = browser.findElement(By.cssSelector("svg#network"));

        assertThat(network.getSize().getWidth()).isGreaterThan(800);
        assertThat(network.getSize().getHeight()).isGreaterThan(400);
        assertThat(browser.findElements(By.cssSelector("svg#network a.node circle"))).hasSize(4)
                .allSatisfy(circle -> assertThat(circle.getSize().getWidth()).isGreaterThan(5));

        browser.findElement(By.linkText("Search")).click();
        String story = browser.findElement(By.cssSelector("#stories td a")).getAttribute("href");
        browser.get(story);
        List<WebElement> bars = browser.findElements(By.cssSelector("svg#story-timeline rect.bar"));
        assertThat(bars).hasSize(2).allSatisfy(bar -> assertThat(bar.getSize().getHeight()).isGreaterThan(20));
    }
}
