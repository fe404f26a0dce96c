package dev.kakehashi.it.admin;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Saves the home page as the browser shows it, at 1200x750 scaled to 480x300, as
 * themes/&lt;id&gt;/static/preview.png: the picture on the theme's card in Settings → Appearance.
 */
final class ThemePreviews {
    static final int WIDTH = 480;
    static final int HEIGHT = 300;

    private ThemePreviews() {}

    static void save(ChromeDriver browser, String homeUrl, String themeId) throws IOException {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1200, 750));
        try {
            browser.get(homeUrl);
            byte[] shot = browser.getScreenshotAs(OutputType.BYTES);
            BufferedImage full = ImageIO.read(new ByteArrayInputStream(shot));
            BufferedImage small = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            int height = Math.min(full.getHeight(), full.getWidth() * HEIGHT / WIDTH);
            g.drawImage(full, 0, 0, WIDTH, HEIGHT, 0, 0, full.getWidth(), height, null);
            g.dispose();
            Path file = Path.of("themes", themeId, "static", "preview.png");
            Files.createDirectories(file.getParent());
            ImageIO.write(small, "png", file.toFile());
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
