package dev.kakehashi.service;

import java.util.List;

/** One page of a list, numbered from 1. */
public record Page<T>(List<T> items, int number, int size, long total) {
    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return number < totalPages();
    }

    public boolean hasPrevious() {
        return number > 1;
    }
}
