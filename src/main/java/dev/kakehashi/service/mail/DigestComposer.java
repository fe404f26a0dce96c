package dev.kakehashi.service.mail;

import dev.kakehashi.service.Links;
import dev.kakehashi.store.NotificationMailRepository.Claimed;
import dev.kakehashi.store.NotificationMailRepository.Recipient;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * Writes one digest mail: a line per notification saying who did what on which post, and a link to
 * the admin notifications page. Remote names and reply text are untrusted, so the HTML part escapes
 * everything and reply text is reduced to a short plain excerpt.
 */
public final class DigestComposer {
    static final int EXCERPT_CHARS = 200;

    private final Links links;
    private final Supplier<String> siteTitle;

    /** @param siteTitle the blog's title now (admins may change it), for the subject line */
    public DigestComposer(Links links, Supplier<String> siteTitle) {
        this.links = links;
        this.siteTitle = siteTitle;
    }

    /** The admin page the mail links to. */
    public String notificationsPage() {
        return links.at("/admin/notifications");
    }

    public OutgoingMail compose(Recipient to, List<Claimed> items) {
        String prefix = "[" + siteTitle.get() + "] ";
        String subject =
                items.size() == 1 ? prefix + sentence(items.get(0)) : prefix + items.size() + " new notifications";
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        text.append("Hello ").append(to.displayName()).append(",\n\n");
        html.append("<p>Hello ").append(esc(to.displayName())).append(",</p><ul>");
        for (Claimed item : items) {
            text.append("- ").append(sentence(item));
            html.append("<li>").append(esc(sentence(item)));
            if (item.postId() != null) {
                String url = links.post(item.postId());
                text.append("\n  ").append(url);
                html.append(" <a href=\"").append(esc(url)).append("\">").append(esc(postName(item)));
                html.append("</a>");
            }
            String excerpt = excerpt(item.commentHtml());
            if (!excerpt.isEmpty()) {
                text.append("\n  \"").append(excerpt).append('"');
                html.append("<blockquote>").append(esc(excerpt)).append("</blockquote>");
            }
            text.append('\n');
            html.append("</li>");
        }
        text.append("\nSee them all: ").append(notificationsPage()).append('\n');
        text.append("\nYou can choose what is e-mailed to you on your profile page: ")
                .append(links.base())
                .append("/admin/profile\n");
        html.append("</ul><p><a href=\"").append(esc(notificationsPage())).append("\">See them all</a></p>");
        html.append("<p style=\"color:#666;font-size:small\">You can choose what is e-mailed to you on <a href=\"")
                .append(esc(links.at("/admin/profile")))
                .append("\">your profile page</a>.</p></body></html>");
        return new OutgoingMail(to.email(), to.displayName(), subject, text.toString(), html.toString());
    }

    /** "Alice (@alice@social.example) followed you", "... replied to “Title”". */
    static String sentence(Claimed item) {
        String who = who(item);
        return switch (item.kind()) {
            case "FOLLOW" -> who + " followed " + (item.postId() == null ? "you" : postName(item));
            case "FOLLOW_REQUEST" -> who + " asked to follow you (approve or reject in the admin)";
            case "REPLY" -> who + " replied to " + postName(item);
            case "MENTION" -> who + " mentioned you" + (item.postId() == null ? "" : " on " + postName(item));
            case "LIKE" -> who + " liked " + postName(item);
            case "BOOST" -> who + " boosted " + postName(item);
            case "QUOTE" -> who + " quoted " + postName(item);
            case "UPDATE" -> who + " edited a post you interacted with";
            case "STATUS" -> who + " posted";
            default -> who + ": " + item.kind().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String who(Claimed item) {
        String handle = item.actorUsername() == null ? null : "@" + item.actorUsername() + "@" + item.actorHost();
        if (handle == null) {
            return item.actorUri();
        }
        String name = item.actorName() == null
                ? ""
                : Jsoup.parse(item.actorName()).text().strip();
        return name.isEmpty() ? handle : name + " (" + handle + ")";
    }

    private static String postName(Claimed item) {
        if (item.postId() == null) {
            return "your post";
        }
        return item.postTitle() == null || item.postTitle().isBlank()
                ? "your note"
                : "\u201c" + item.postTitle() + "\u201d";
    }

    static String excerpt(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String text = Jsoup.parse(html).text().strip();
        return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS - 1) + "\u2026";
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
