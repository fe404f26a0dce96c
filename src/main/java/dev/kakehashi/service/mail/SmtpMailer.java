package dev.kakehashi.service.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/** Sends mail through one SMTP server with Jakarta Mail (Eclipse Angus), with bounded timeouts. */
public final class SmtpMailer implements Mailer {
    /** How to reach the server. {@code username} empty: no login. */
    public record Config(
            String host,
            int port,
            Optional<String> username,
            Optional<String> password,
            Security security,
            String from) {
        @Override
        public String toString() {
            return "SmtpMailer.Config[" + host + ":" + port + ", " + security + "]";
        }
    }

    /** Plain, STARTTLS required, or TLS from the first byte. */
    public enum Security {
        NONE,
        STARTTLS,
        TLS
    }

    // A stuck server must not hold the digest job (and its database rows) for long.
    private static final String TIMEOUT_MILLIS = "20000";

    private final Config config;
    private final Session session;

    public SmtpMailer(Config config) {
        this.config = config;
        String protocol = config.security() == Security.TLS ? "smtps" : "smtp";
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", protocol);
        p.setProperty("mail." + protocol + ".host", config.host());
        p.setProperty("mail." + protocol + ".port", Integer.toString(config.port()));
        p.setProperty("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        p.setProperty("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        p.setProperty("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        p.setProperty(
                "mail." + protocol + ".auth", Boolean.toString(config.username().isPresent()));
        if (config.security() == Security.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        if (config.security() != Security.NONE) {
            p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        Authenticator auth = config.username().isEmpty()
                ? null
                : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(
                                config.username().get(), config.password().orElse(""));
                    }
                };
        this.session = Session.getInstance(p, auth);
    }

    @Override
    public void send(OutgoingMail mail) throws MailFailure {
        MimeMessage message;
        try {
            message = message(mail);
        } catch (MessagingException | UnsupportedEncodingException e) {
            // The author's stored address does not parse: the server is not at fault.
            throw new MailFailure("cannot address a mail to " + mail.to() + ": " + e.getMessage(), true, e);
        }
        try {
            Transport.send(message);
        } catch (SendFailedException e) {
            throw new MailFailure(
                    "the server at " + config.host() + " refused " + mail.to() + ": " + e.getMessage(), true, e);
        } catch (MessagingException e) {
            throw new MailFailure(
                    "cannot send through " + config.host() + ":" + config.port() + ": " + rootMessage(e), false, e);
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(config.from(), true));
        message.setRecipient(
                Message.RecipientType.TO, new InternetAddress(mail.to(), mail.toName(), StandardCharsets.UTF_8.name()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        // Mail software should not auto-reply to a notification.
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
    }
}
