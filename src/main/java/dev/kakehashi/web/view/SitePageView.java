package dev.kakehashi.web.view;

import java.time.Instant;

/** A page of the blog as its theme template ({@code page.html}) sees it. */
public record SitePageView(String title, String html, String url, Instant updated) {}
