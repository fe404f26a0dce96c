package dev.kakehashi.web.view;

/** One month of the archive: its name in the blog's language, its page and how many posts it has. */
public record ArchiveMonthView(int year, String label, String url, int count) {}
