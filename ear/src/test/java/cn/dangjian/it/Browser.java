package cn.dangjian.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver (no Selenium Manager downloads), with a
 * Chinese browser language and a phone-sized or desktop window.
 */
final class Browser implements AutoCloseable {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  final WebDriver driver;
  final WebDriverWait wait;
  private final Path profile;

  Browser(int width, int height) {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's Chromium and its driver: "
              + "run `apt-get install -y chromium chromium-driver` (the .ci/run script does it)");
    }
    try {
      profile = Files.createTempDirectory("dangjian-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--lang=zh-CN",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    // The console says when the content security policy refused a script: close() fails on it.
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    // Ajax updates replace elements while a condition reads them: look again instead of failing.
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // While a postback replaces the page, Chromium may answer "node does not belong to the
    // document"
    // instead of a stale element: both mean "look again"; a real failure still ends in the timeout.
    wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
  }

  void open(String path) {
    driver.get(Api.BASE + path);
  }

  void login(String user) {
    open("");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(user);
    driver.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
    driver.findElement(By.id("loginButton")).click();
    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("userName")));
    } catch (TimeoutException e) {
      throw failed(e);
    }
  }

  WebElement visible(By by) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    } catch (TimeoutException e) {
      throw failed(e);
    }
  }

  /**
   * Clicks once the element can take it: visible, enabled, scrolled to the middle of the window (on
   * a phone, a closing suggestion panel or the fold may otherwise be in the way).
   */
  void click(By by) {
    try {
      WebElement e = wait.until(ExpectedConditions.elementToBeClickable(by));
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
      wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    } catch (TimeoutException e) {
      throw failed(e);
    }
  }

  /** Sets a date field's value as the browser's own date picker would (yyyy-mm-dd). */
  void setDate(By by, String isoDate) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", visible(by), isoDate);
  }

  /**
   * Picks an organization by its code in a PrimeFaces autocomplete ({@code field} is its client
   * id): types the code, then chooses the suggestion labelled with exactly that code.
   */
  void pickOrganization(String field, String code) {
    visible(By.id(field + "_input")).sendKeys(code);
    int[] polls = {0};
    // The suggestions may be redrawn while a later query answers, and a click on one being replaced
    // selects nothing: click until the field shows the pick (its label ends with the code). Keys
    // typed before the widget listened ask nothing, and a click that closed the suggestions
    // without picking leaves none: the last key is typed again while none show.
    try {
      wait.until(
          d -> {
            WebElement input = d.findElement(By.id(field + "_input"));
            String shown = input.getAttribute("value");
            if (shown != null && shown.endsWith("(" + code + ")")) {
              return true;
            }
            List<WebElement> items =
                d.findElements(By.cssSelector("[id='" + field + "_panel'] li")).stream()
                    .filter(WebElement::isDisplayed)
                    .toList();
            items.stream()
                .filter(li -> li.getText().endsWith("(" + code + ")"))
                .findFirst()
                .ifPresent(
                    item -> {
                      ((JavascriptExecutor) d)
                          .executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
                      item.click();
                    });
            if (items.isEmpty() && ++polls[0] % 4 == 0) {
              input.sendKeys(Keys.BACK_SPACE, code.substring(code.length() - 1));
            }
            return false;
          });
    } catch (TimeoutException e) {
      throw failed(e);
    }
  }

  /**
   * Waits until a postback has replaced the element. Chromium says so either as a stale element or
   * as "node does not belong to the document"; both mean it is gone.
   */
  void waitUntilReplaced(WebElement element) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(
              d -> {
                try {
                  element.isEnabled();
                  return false;
                } catch (WebDriverException gone) {
                  return true;
                }
              });
    } catch (TimeoutException e) {
      throw failed(e);
    }
  }

  /**
   * Waits until the element holds the text and returns all of its text, read in the same look: a
   * second ajax update (a paginator reset) may replace the element right after.
   */
  String waitForText(By by, String text) {
    try {
      return wait.until(
          d -> {
            String shown = d.findElement(by).getText();
            return shown.contains(text) ? shown : null;
          });
    } catch (TimeoutException e) {
      throw failed(e);
    }
  }

  /** Keeps a screenshot and says where the browser was, so a failure can be read afterwards. */
  private TimeoutException failed(TimeoutException e) {
    String name = "failed-" + System.currentTimeMillis();
    screenshot(name);
    return new TimeoutException(
        e.getMessage() + " at " + driver.getCurrentUrl() + " (screenshot " + name + ".png)", e);
  }

  void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(),
          dir.resolve(name + ".png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Quits, and fails if the content security policy refused any script on any page this browser
   * opened: an inline handler or an eval would be a control that silently does nothing.
   */
  @Override
  public void close() {
    List<String> refused;
    try {
      refused =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::getMessage)
              .filter(m -> m.contains("Content Security Policy"))
              .toList();
    } finally {
      driver.quit();
      deleteProfile();
    }
    if (!refused.isEmpty()) {
      throw new AssertionError("The content security policy refused scripts: " + refused);
    }
  }

  private void deleteProfile() {
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // The profile lives in the temp directory; leaving it behind harms nothing.
    }
  }
}
