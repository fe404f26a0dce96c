package dev.kakehashi.web.view;

/** The blog itself, as every themed page sees it. */
public record SiteView(
        String title,
        String description,
        String language,
        String homeUrl,
        String rssUrl,
        String atomUrl,
        String themeAssetBase) {}
