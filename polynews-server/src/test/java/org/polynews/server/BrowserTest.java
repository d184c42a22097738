package org.polynews.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.polynews.IngestListener;
import org.polynews.Polynews;
import org.polynews.eval.ClusteringInputReader;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the web page in headless Chromium (Debian's chromium and chromium-driver; never a downloaded
 * browser): storylines, a storyline's timeline, an event, a comparison, search and upload. Screenshots go to
 * target/screenshots. Skips when Chromium is not installed, unless -Dpolynews.browserTest=required (CI).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    LoopbackServer http;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void start(@TempDir Path data, @TempDir Path profile) throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "required".equals(System.getProperty("polynews.browserTest"))) {
            throw new AssertionError("the browser test is required but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed (apt-get install chromium chromium-driver); browser test skipped");
        http = new LoopbackServer(data, ServerSettings.loopback(0));
        http.postExamples(null);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--lang=en", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (http != null) {
            http.close();
        }
    }

    void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Pairs of texts drawn over one another, in every timeline on the page (event labels, tick labels, captions). */
    long overlappingTimelineTexts() {
        return (Long) ((JavascriptExecutor) browser).executeScript("""
                let n = 0;
                for (const chart of document.querySelectorAll('svg.timeline')) {
                  const boxes = [...chart.querySelectorAll('text')].map(t => t.getBoundingClientRect());
                  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                    const a = boxes[i], b = boxes[j];
                    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) n++;
                  }
                }
                return n;""");
    }

    /** The smallest height a timeline's event label is drawn at, in CSS pixels. */
    double smallestTimelineLabel() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return Math.min(...[...document.querySelectorAll('svg.timeline text.label')].map(t => t.getBoundingClientRect().height))")).doubleValue();
    }

    WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void followAStorylineToAnEventAndCompareTwoOfItsArticles() throws Exception {
        browser.get(http.server.uri().toString());
        waitFor(".storyline svg.timeline");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "articles"));
        List<WebElement> storylines = browser.findElements(By.cssSelector(".storyline"));
        assertThat(storylines).as("cards for the storylines of two articles or more")
                .hasSize(Math.min(20, http.get("/api/storylines?min_articles=2").json().get("total").asInt()));
        assertThat(browser.findElements(By.cssSelector("svg.timeline text.label"))).isNotEmpty();
        assertThat(overlappingTimelineTexts()).as("timeline texts drawn over one another").isZero();
        screenshot("1-storylines.png");

        // the storyline with the Morocco–Spain cable: its timeline has a dot per event
        WebElement cable = storylines.stream().filter(s -> s.getText().contains("Morocco")).findFirst().orElseThrow();
        cable.findElement(By.cssSelector("h2 a")).click();
        waitFor("h1");
        WebElement timeline = waitFor("svg.timeline");
        List<WebElement> dots = timeline.findElements(By.cssSelector("a"));
        assertThat(dots).hasSizeGreaterThan(1);
        assertThat(timeline.findElements(By.cssSelector("text.tick-label"))).as("a dated axis").hasSizeGreaterThanOrEqualTo(2);
        assertThat(overlappingTimelineTexts()).isZero();
        screenshot("2-storyline.png");
        // on a phone the chart is drawn at its width: labels keep their size, and those with no room left show as tooltips
        String storylinePage = browser.getCurrentUrl();
        browser.manage().window().setSize(new Dimension(400, 900));
        browser.navigate().refresh();
        waitFor("svg.timeline");
        assertThat(overlappingTimelineTexts()).isZero();
        assertThat(smallestTimelineLabel()).as("label height at 400 px").isGreaterThanOrEqualTo(11);
        screenshot("2b-storyline-400px.png");
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(storylinePage);
        timeline = waitFor("svg.timeline");
        dots = timeline.findElements(By.cssSelector("a"));

        // open the event reported in four languages from its dot on the timeline
        WebElement signing = dots.stream().filter(d -> d.getAttribute("aria-label").contains("ar, en, es, fr")).findFirst().orElseThrow();
        signing.findElement(By.cssSelector("circle")).click();
        waitFor(".event-article");
        assertThat(browser.findElements(By.cssSelector(".column"))).hasSize(4);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Shared places").contains("Morocco");
        assertThat(browser.findElements(By.cssSelector("svg.provenance circle"))).as("a dot per article").hasSize(4);
        assertThat(browser.findElements(By.cssSelector("svg.provenance line.copy"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("figure.provenance figcaption")).getText()).contains("4 articles, 4 independent texts");
        assertThat(waitFor("svg.map").findElements(By.cssSelector("path.named"))).as("the countries named, shaded on the map")
                .extracting(p -> p.getAttribute("data-country")).contains("MA", "ES");
        assertThat(browser.findElements(By.cssSelector("svg.map circle.city"))).as("the cities named, as dots")
                .extracting(c -> c.getAttribute("data-place")).contains("MA/Rabat");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.cssSelector("figure.place-map")));
        screenshot("3c-map.png");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        screenshot("3-event.png");

        // pick the English and the Arabic report and compare them
        browser.findElement(By.cssSelector("section[aria-label='Articles in en'] input[type=checkbox]")).click();
        browser.findElement(By.cssSelector("section[aria-label='Articles in ar'] input[type=checkbox]")).click();
        browser.findElement(By.id("compare-picked")).click();
        waitFor("svg.scores");
        assertThat(browser.findElements(By.cssSelector("svg.scores rect.bar"))).hasSize(7);
        assertThat(browser.findElements(By.cssSelector("section[aria-label='Article A'] mark.place"))).isNotEmpty();
        List<WebElement> arabicMarks = browser.findElements(By.cssSelector("section[aria-label='Article B'] mark.place"));
        assertThat(arabicMarks).extracting(WebElement::getText).contains("المغرب");
        WebElement arabicParagraph = browser.findElement(By.cssSelector("section[aria-label='Article B'] p[lang=ar]"));
        assertThat(((JavascriptExecutor) browser).executeScript("return getComputedStyle(arguments[0]).direction", arabicParagraph)).isEqualTo("rtl");
        screenshot("4-compare.png");

        // the construction event: the Gulf Wire repost copies the English report, so 4 articles are 3 independent texts
        String construction = null;
        for (var item : http.get("/api/articles?limit=100").json().get("items")) {
            if (item.get("source").asText().endsWith("cable-work-en-repost.html")) {
                construction = item.get("event").asText();
            }
        }
        browser.get(http.server.uri() + "#/event/" + construction);
        waitFor("svg.provenance");
        assertThat(browser.findElements(By.cssSelector("svg.provenance line.copy"))).as("an arrow from the report to its repost").hasSize(1);
        assertThat(browser.findElement(By.cssSelector("figure.provenance figcaption")).getText()).contains("4 articles, 3 independent texts");
        screenshot("3b-provenance.png");
    }

    @Test
    void searchFromTheBoxAndAddAnArticle() throws Exception {
        browser.get(http.server.uri() + "#/events");
        waitFor(".card");
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys("Danube", Keys.ENTER);
        waitFor(".hit");
        assertThat(browser.findElements(By.cssSelector(".hit .badge.lang"))).extracting(WebElement::getText).contains("EN");
        assertThat(browser.findElements(By.cssSelector(".hit-group"))).as("the Danube flood's reports together").isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".hit .snippet mark.match"))).extracting(WebElement::getText).contains("Danube");
        screenshot("5-search.png");

        browser.get(http.server.uri() + "#/upload");
        waitFor("#upload-form textarea").sendKeys("""
                Tram line to the airport opens in Kraków
                A new tram line between the centre of Kraków and the airport in Balice opened on Saturday, the city said. The trip takes 25 minutes.""");
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        WebElement done = waitFor("#upload-result .ok");
        assertThat(done.getText()).contains("1 new article added");
        screenshot("6-upload.png");

        // keyboard: after a page loads, focus is on its content; Tab reaches the first storyline, Enter opens it
        browser.get(http.server.uri().toString());
        WebElement first = waitFor(".storyline h2 a");
        wait.until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo(first.getText());
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("#/storyline/"));
        waitFor("svg.timeline");

        // the tram article is a storyline of its own: listed in the folded list under the cards, not as a card
        browser.get(http.server.uri().toString());
        waitFor(".storyline h2 a");
        WebElement singles = browser.findElement(By.cssSelector("details.singles"));
        assertThat(singles.getText()).contains("of a single article");
        singles.findElement(By.tagName("summary")).click();
        assertThat(singles.findElements(By.cssSelector("li a"))).extracting(WebElement::getText).anyMatch(t -> t.contains("Kraków"));
        assertThat(browser.findElements(By.cssSelector(".storyline h2 a"))).extracting(WebElement::getText).noneMatch(t -> t.contains("Kraków"));
        screenshot("7-single-article-storylines.png");

        // storylines titled in the language picked on the page (kept for the next visit), not only the browser's
        Select titles = new Select(browser.findElement(By.id("f-titles")));
        titles.selectByValue("de");
        wait.until(d -> d.findElements(By.cssSelector(".storyline h2 a")).stream().anyMatch(a -> a.getText().contains("Donau")));
        browser.navigate().refresh();
        wait.until(d -> d.findElements(By.cssSelector(".storyline h2 a")).stream().anyMatch(a -> a.getText().contains("Donau")));
        new Select(browser.findElement(By.id("f-titles"))).selectByValue("");
        wait.until(d -> d.findElements(By.cssSelector(".storyline h2 a")).stream().noneMatch(a -> a.getText().contains("Donau")));
    }

    /**
     * The page on a store of real news: the examples and the 1,491 texts of the SemEval-2022 Task 8 dev pairs (in
     * ../shared, beside the repository; skipped without them). Most of those are undated and of a single article.
     */
    @Test
    void aStoreOfRealNewsStaysReadable(@TempDir Path news) throws Exception {
        Path semeval = Path.of("..", "..", "shared", "data", "similarity", "semeval2022-task8-dev.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(semeval), semeval + " is not there: the real-news page check skipped");
        browser.manage().window().setSize(new Dimension(1366, 900));
        try (LoopbackServer store = new LoopbackServer(news, ServerSettings.loopback(0))) {
            store.postExamples(null);
            store.polynews.ingestDocuments(new ClusteringInputReader(Polynews.jsonMapper()).mix(semeval).documents(), IngestListener.NONE);
            int storylines = store.get("/api/storylines?min_articles=2").json().get("total").asInt();
            assertThat(storylines).as("more storylines than a page holds").isGreaterThan(20);

            browser.get(store.server.uri().toString());
            waitFor(".storyline svg.timeline");
            assertThat(browser.findElements(By.cssSelector(".storyline"))).as("twenty cards, the rest paged").hasSize(20);
            assertThat(browser.findElement(By.cssSelector("nav.pager")).getText()).contains("1–20 of " + storylines).contains("older");
            assertThat(browser.findElement(By.cssSelector("details.singles")).getText()).as("single-article storylines folded")
                    .contains("of a single article");
            assertThat(overlappingTimelineTexts()).as("timeline texts drawn over one another").isZero();
            assertThat(browser.findElements(By.cssSelector(".blindspots .badge.lang"))).as("the languages that stayed silent").isNotEmpty();
            assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("[object");
            screenshot("8-news-storylines.png");

            // the best-covered dated event: who reported it, first and after, who copied whom, and where
            String event = store.get("/api/events?min_articles=3&from=1990-01-01&limit=1").json().at("/items/0/id").asText();
            browser.get(store.server.uri() + "#/event/" + event);
            waitFor(".event-article");
            assertThat(browser.findElements(By.cssSelector(".coverage .coverage-bar span"))).as("a bar part per language").isNotEmpty();
            assertThat(browser.findElement(By.cssSelector(".coverage p.meta")).getText()).contains("independent source").contains("first");
            assertThat(browser.findElements(By.cssSelector("svg.provenance circle"))).hasSizeGreaterThanOrEqualTo(3);
            assertThat(waitFor("svg.map").findElements(By.cssSelector("path.named"))).as("the countries it names, shaded").isNotEmpty();
            screenshot("9-news-event.png");

            browser.manage().window().setSize(new Dimension(400, 900));
            browser.get(store.server.uri().toString());
            waitFor(".storyline svg.timeline");
            assertThat(overlappingTimelineTexts()).isZero();
            assertThat(smallestTimelineLabel()).as("label height at 400 px").isGreaterThanOrEqualTo(11);
            Object overflow = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("nothing wider than the phone's screen").isLessThanOrEqualTo(0);
            screenshot("10-news-storylines-400px.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 900));
        }
    }
}
