package cn.anju.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's, driven by its own chromedriver) signed in as one person, with
 * the few moves the browser tests need. Screenshots go to target/screenshots (README's come from there).
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    Browser(int port, int width, int height) {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("anju.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=zh-CN", "--window-size=" + width + "," + height);
        // A family's browser in China: pages come in Chinese unless English is chosen.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("anju.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        this.baseUrl = "http://localhost:" + port;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static Browser laptop(int port) {
        return new Browser(port, 1280, 900);
    }

    static Browser phone(int port) {
        return new Browser(port, 390, 844);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void signIn(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("sign-in"));
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    void type(By by, String text) {
        WebElement input = find(by);
        input.clear();
        input.sendKeys(text);
    }

    /** Date inputs take keys in the browser's locale order: setting the value is the same for every locale. */
    void setValue(By by, String value) {
        WebElement input = find(by);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }

    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Fails if Anju's Content-Security-Policy refused anything (a refused script fails silently otherwise);
     * the Camunda webapps answer for their own.
     */
    @Override
    public void close() {
        List<String> refused;
        try {
            refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") && !m.contains("/camunda/")).toList();
        } finally {
            driver.quit();
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy refused: " + String.join("\n", refused));
        }
    }
}
