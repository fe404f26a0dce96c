package dev.kakehashi.domain;

/** What a WordPress import is reading, stored as its name in {@code wp_import.phase}. */
public enum ImportPhase {
    /** Reading the file once for the total. */
    COUNTING,
    /** Importing item by item. */
    ITEMS
}
