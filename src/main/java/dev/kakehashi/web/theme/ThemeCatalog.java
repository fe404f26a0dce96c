package dev.kakehashi.web.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed themes: those bundled in the WAR under {@code WEB-INF/themes/<id>/} and those an
 * admin dropped into {@code <data dir>/themes/<id>/}. Each holds a {@code theme.json} manifest,
 * {@code templates/} and {@code static/}.
 */
public final class ThemeCatalog {
    private static final Logger log = LoggerFactory.getLogger(ThemeCatalog.class);
    public static final String BUNDLED_ROOT = "/WEB-INF/themes/";
    /** A theme's folder name; {@code theme} is not one, as templates name the active theme so. */
    public static final Pattern ID = Pattern.compile("(?!theme$)[a-z0-9][a-z0-9-]{0,39}");

    private final ServletContext servletContext;
    private final Path externalRoot;
    private final Map<String, Theme> themes = new TreeMap<>();
    private final Map<String, Boolean> templateExists = new ConcurrentHashMap<>();

    public ThemeCatalog(ServletContext servletContext, Path externalRoot) {
        this.servletContext = servletContext;
        this.externalRoot = externalRoot;
        scan();
    }

    private void scan() {
        var bundled = servletContext.getResourcePaths(BUNDLED_ROOT);
        if (bundled != null) {
            for (String path : bundled) {
                String id = path.substring(BUNDLED_ROOT.length()).replace("/", "");
                try (InputStream in = servletContext.getResourceAsStream(BUNDLED_ROOT + id + "/theme.json")) {
                    if (in != null && ID.matcher(id).matches()) {
                        themes.put(id, read(id, in, false));
                    }
                } catch (IOException e) {
                    log.warn("Theme {} has an unreadable theme.json: {}", id, e.toString());
                }
            }
        }
        if (Files.isDirectory(externalRoot)) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(externalRoot)) {
                for (Path dir : dirs) {
                    String id = dir.getFileName().toString();
                    Path manifest = dir.resolve("theme.json");
                    if (ID.matcher(id).matches() && Files.isRegularFile(manifest) && !themes.containsKey(id)) {
                        try (InputStream in = Files.newInputStream(manifest)) {
                            themes.put(id, read(id, in, true));
                        } catch (IOException e) {
                            log.warn("Theme {} has an unreadable theme.json: {}", id, e.toString());
                        }
                    }
                }
            } catch (IOException e) {
                log.warn("Cannot list themes in {}: {}", externalRoot, e.toString());
            }
        }
        if (!themes.containsKey("default")) {
            throw new IllegalStateException("The default theme is missing from " + BUNDLED_ROOT);
        }
    }

    private static Theme read(String id, InputStream in, boolean external) throws IOException {
        JsonNode m = new ObjectMapper().readTree(in);
        return new Theme(
                id,
                m.path("name").asText(id),
                m.path("description").asText(""),
                m.path("version").asText(""),
                m.path("author").asText(""),
                external);
    }

    public Collection<Theme> all() {
        return themes.values();
    }

    public boolean exists(String id) {
        return id != null && themes.containsKey(id);
    }

    public Optional<Theme> byId(String id) {
        return Optional.ofNullable(themes.get(id));
    }

    public Path externalRoot() {
        return externalRoot;
    }

    /** Opens a file of a theme ({@code static/...} or {@code templates/...}), if it exists. */
    public Optional<InputStream> open(String id, String relativePath) throws IOException {
        Theme theme = themes.get(id);
        if (theme == null || relativePath.contains("..") || relativePath.contains("\\")) {
            return Optional.empty();
        }
        if (theme.external()) {
            Path file = externalRoot.resolve(id).resolve(relativePath).normalize();
            if (!file.startsWith(externalRoot.resolve(id)) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(Files.newInputStream(file));
        }
        return Optional.ofNullable(servletContext.getResourceAsStream(BUNDLED_ROOT + id + "/" + relativePath));
    }

    /** True when the theme has the file ({@code static/preview.png}...); an unreadable one counts as absent. */
    public boolean hasFile(String id, String relativePath) {
        try {
            Optional<InputStream> in = open(id, relativePath);
            if (in.isPresent()) {
                in.get().close();
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * True when the theme has its own version of a template; otherwise the default theme's is used.
     * Remembered per theme and template: every render asks, and themes are read once at start-up.
     */
    public boolean hasTemplate(String id, String template) {
        return templateExists.computeIfAbsent(id + "/" + template, k -> lookUpTemplate(id, template));
    }

    private boolean lookUpTemplate(String id, String template) {
        try {
            Optional<InputStream> in = open(id, "templates/" + template + ".html");
            if (in.isPresent()) {
                in.get().close();
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
