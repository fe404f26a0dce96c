package dev.kakehashi.admin;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** The dashboard's first-run checklist: what a new blog still needs, each with where to do it. */
public record FirstRunChecklist(List<Item> items) {
    /** One step: done or not, what to do, and the page (or null) to do it on. */
    public record Item(String id, String label, boolean done, String hint, String href) {}

    /** What the checklist is decided from. */
    record Facts(
            String title,
            String description,
            boolean hasAvatar,
            String baseUrl,
            String handle,
            long follows,
            long published,
            boolean mailConfigured,
            boolean admin) {}

    static FirstRunChecklist of(Facts f) {
        boolean described = !isBlank(f.description()) && !isBlank(f.title()) && !"Kakehashi".equals(f.title());
        boolean reachable = reachable(f.baseUrl());
        String handle = f.handle() == null ? "your handle" : f.handle();
        return new FirstRunChecklist(List.of(
                new Item(
                        "describe",
                        "Give the blog a title and a description",
                        described,
                        "Readers see both on the blog and on the fediverse profile.",
                        f.admin() ? "/admin/settings" : null),
                new Item(
                        "avatar",
                        "Add your picture",
                        f.hasAvatar(),
                        "It stands beside your posts in followers' timelines.",
                        "/admin/profile"),
                new Item(
                        "handle",
                        "Have a handle others can reach",
                        reachable,
                        reachable
                                ? "Share " + handle + ": people search for it on their server and follow."
                                : "The base URL is " + f.baseUrl() + ", which other servers cannot reach. Set"
                                        + " KAKEHASHI_BASE_URL to the blog's public https address.",
                        null),
                new Item(
                        "follow",
                        "Follow yourself from a Mastodon account",
                        f.follows() > 0,
                        "On Mastodon (or Misskey...), search for " + handle + " and follow: your posts then"
                                + " arrive in that timeline.",
                        "/admin/followers"),
                new Item(
                        "post",
                        "Write your first post",
                        f.published() > 0,
                        "It goes to the blog, its feeds and every follower.",
                        "/admin/posts/new"),
                new Item(
                        "mail",
                        "Set up e-mail",
                        f.mailConfigured(),
                        "With SMTP set (KAKEHASHI_SMTP_HOST...), you get notifications and can reset a"
                                + " forgotten password by mail.",
                        null)));
    }

    public boolean allDone() {
        return items.stream().allMatch(Item::done);
    }

    public long done() {
        return items.stream().filter(Item::done).count();
    }

    /** Other servers can fetch an https address on a public name, not localhost or a bare local IP. */
    static boolean reachable(String baseUrl) {
        URI uri = URI.create(baseUrl);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return "https".equals(uri.getScheme())
                && host.contains(".")
                && !host.equals("localhost")
                && !host.endsWith(".localhost")
                && !host.endsWith(".local")
                && !host.matches("[0-9.]+|\\[.*]");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
