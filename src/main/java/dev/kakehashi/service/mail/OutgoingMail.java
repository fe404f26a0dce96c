package dev.kakehashi.service.mail;

/** One mail to one person, in plain text and HTML (the same words). */
public record OutgoingMail(String to, String toName, String subject, String text, String html) {}
