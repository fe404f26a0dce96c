package dev.kakehashi.app;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the {@code smtp.*} settings. No {@code smtp.host} means e-mail is off, and then the other
 * keys are ignored; with a host, every other key has a sensible default and a bad value stops
 * start-up with a message naming its key.
 */
final class SmtpSettings {
    private SmtpSettings() {}

    static Optional<Settings.Smtp> load(SettingsSource source, URI baseUrl) {
        Optional<String> host = source.get("smtp.host");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        if (!host.get().matches("[A-Za-z0-9.\\-:\\[\\]]+")) {
            throw SettingsLoader.bad("smtp.host", "must be a host name or IP address, got " + host.get());
        }
        Settings.SmtpTls tls = tls(source.get("smtp.tls").orElse("starttls"));
        long port = SettingsLoader.positiveLong(source, "smtp.port", defaultPort(tls));
        if (port > 65535) {
            throw SettingsLoader.bad("smtp.port", "must be a port number from 1 to 65535, got " + port);
        }
        Optional<String> username = source.get("smtp.username");
        Optional<String> password = source.get("smtp.password");
        if (username.isPresent() && password.isEmpty()) {
            throw SettingsLoader.bad("smtp.password", "is required when KAKEHASHI_SMTP_USERNAME is given");
        }
        if (password.isPresent() && username.isEmpty()) {
            throw SettingsLoader.bad("smtp.username", "is required when KAKEHASHI_SMTP_PASSWORD is given");
        }
        String from = from(source.get("smtp.from").orElse("kakehashi@" + baseUrl.getHost()));
        long interval = SettingsLoader.positiveLong(source, "smtp.digest.interval.seconds", 300);
        long maxPerHour = SettingsLoader.positiveLong(source, "smtp.max.per.hour", 4);
        if (maxPerHour > 60) {
            throw SettingsLoader.bad("smtp.max.per.hour", "must be at most 60, got " + maxPerHour);
        }
        return Optional.of(new Settings.Smtp(
                host.get(), (int) port, username, password, tls, from, Duration.ofSeconds(interval), (int) maxPerHour));
    }

    /** The ports these modes are registered on: relay, submission, submissions. */
    private static int defaultPort(Settings.SmtpTls tls) {
        return switch (tls) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case TLS -> 465;
        };
    }

    private static Settings.SmtpTls tls(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "none", "off", "plain" -> Settings.SmtpTls.NONE;
            case "starttls" -> Settings.SmtpTls.STARTTLS;
            case "tls", "ssl", "smtps" -> Settings.SmtpTls.TLS;
            default -> throw SettingsLoader.bad("smtp.tls", "must be none, starttls or tls, got " + raw);
        };
    }

    private static String from(String raw) {
        try {
            InternetAddress address = new InternetAddress(raw, true);
            address.validate();
            if (address.getAddress().indexOf('@') < 1) {
                throw new AddressException("no domain");
            }
            return address.toString();
        } catch (AddressException e) {
            throw SettingsLoader.bad("smtp.from", "must be an e-mail address such as blog@example.com, got " + raw);
        }
    }
}
