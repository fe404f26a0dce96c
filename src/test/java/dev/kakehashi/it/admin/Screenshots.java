package dev.kakehashi.it.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** Saves what the browser shows as docs/screenshots/<name>.png, for the README. */
final class Screenshots {
    static final Path DIR = Path.of("docs", "screenshots");

    private Screenshots() {}

    static void save(ChromeDriver browser, String name) throws IOException {
        Files.createDirectories(DIR);
        Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, DIR.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
