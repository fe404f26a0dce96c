package dev.kakehashi.app;

/** A missing or bad setting: start-up stops with this one message, which names the key. */
public final class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }
}
