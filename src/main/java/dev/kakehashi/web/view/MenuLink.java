package dev.kakehashi.web.view;

/** One page in the theme's menu; {@code depth} 0 is a top-level page, 1 a page under one, ... */
public record MenuLink(String title, String url, int depth) {}
