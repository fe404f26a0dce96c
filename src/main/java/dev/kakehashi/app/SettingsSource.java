package dev.kakehashi.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Looks a setting up by its short key (for example {@code base.url}) in the four places a
 * deployer can put it, in this order: JVM system property {@code kakehashi.base.url},
 * environment variable {@code KAKEHASHI_BASE_URL}, Tomcat context parameter
 * {@code kakehashi.base.url}, then {@code base.url} in {@code kakehashi.properties} in the data
 * folder.
 */
public final class SettingsSource {
    private final Function<String, String> systemProperties;
    private final Map<String, String> environment;
    private final Function<String, String> contextParameters;
    private Properties fileProperties = new Properties();

    public SettingsSource(
            Function<String, String> systemProperties,
            Map<String, String> environment,
            Function<String, String> contextParameters) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.contextParameters = contextParameters;
    }

    /** Adds {@code kakehashi.properties} from the data folder, if it exists, as the last source. */
    void loadFile(Path dataDir) {
        Path file = dataDir.resolve("kakehashi.properties");
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new SettingsException(file + " cannot be read: " + e.getMessage());
        }
        fileProperties = props;
    }

    /**
     * The first non-blank value for {@code key}, trimmed. A blank value counts as unset and falls
     * through to the next source, so an empty {@code KAKEHASHI_X=} line hides nothing.
     */
    public Optional<String> get(String key) {
        return firstNonBlank(
                () -> systemProperties.apply("kakehashi." + key),
                () -> environment.get(envName(key)),
                () -> contextParameters.apply("kakehashi." + key),
                () -> fileProperties.getProperty(key));
    }

    @SafeVarargs
    private static Optional<String> firstNonBlank(Supplier<String>... sources) {
        for (Supplier<String> source : sources) {
            String value = source.get();
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }

    /** The environment variable name of a key: {@code base.url} is {@code KAKEHASHI_BASE_URL}. */
    public static String envName(String key) {
        return "KAKEHASHI_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }
}
