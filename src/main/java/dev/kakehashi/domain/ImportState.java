package dev.kakehashi.domain;

/** Where a WordPress import stands, stored as its name in {@code wp_import.state}. */
public enum ImportState {
    /** Uploaded, waiting for the import job. */
    QUEUED,
    RUNNING,
    DONE,
    /** Stopped: the file could not be read to the end. */
    FAILED;

    /** Whether the import has stopped, done or not. */
    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
