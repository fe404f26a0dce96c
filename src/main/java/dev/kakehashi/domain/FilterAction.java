package dev.kakehashi.domain;

/** What a matching content filter does: show a warning, hide the status, or blur its media. */
public enum FilterAction {
    WARN,
    HIDE,
    BLUR
}
