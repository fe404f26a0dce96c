package dev.kakehashi.domain;

import java.time.Instant;

/** Where an author stopped reading a timeline ({@code home} or {@code notifications}) in an app. */
public record Marker(String timeline, String lastReadId, int version, Instant updatedAt) {}
