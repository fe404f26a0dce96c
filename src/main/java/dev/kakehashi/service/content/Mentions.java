package dev.kakehashi.service.content;

import dev.kakehashi.domain.PostMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code @user@host} in what an author writes: found in the Markdown, resolved once when the text is
 * saved (never when a page is shown), and turned into Mastodon's mention markup in the HTML. A handle
 * that does not resolve stays plain text; the author never gets an error for it.
 */
public final class Mentions {
    private static final Logger log = LoggerFactory.getLogger(Mentions.class);

    /** More handles than this in one text are left as text: each unknown one costs a lookup. */
    public static final int MAX_RESOLVED = 20;

    /**
     * A handle: {@code @}, a user name, {@code @}, a host (labels separated by dots, an optional
     * port). Not preceded by a letter, digit or {@code /}, so e-mail addresses and URLs such as
     * {@code https://m.example/@bob} are not handles.
     */
    static final Pattern HANDLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_/@.:-])@([A-Za-z0-9_.~-]*[A-Za-z0-9_~-])@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*(?::[0-9]{1,5})?)");

    /** Finds who a handle names; implemented by federation (WebFinger) for remote hosts. */
    public interface Directory {
        /** Empty when nobody by that name can be found; never throws for a failing server. */
        Optional<PostMention> find(String user, String host);

        /** The actor with this id as a mention (for answering them); empty when it cannot be known. */
        default Optional<PostMention> byActor(String actorUri) {
            return Optional.empty();
        }
    }

    /** HTML with the mention links, and the mentions actually linked, in order of appearance. */
    public record Linked(String html, List<PostMention> mentions) {}

    private final Directory directory;
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);

    public Mentions(Directory directory) {
        this.directory = directory;
    }

    /** The distinct handles in {@code text}, as lower-case {@code user@host} keys. */
    public static Set<String> handles(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null) {
            return found;
        }
        Matcher m = HANDLE.matcher(text);
        while (m.find()) {
            found.add(key(m.group(1), m.group(2)));
        }
        return found;
    }

    /**
     * Resolves the handles written in {@code markdown}. Network calls happen here: call it outside
     * any transaction. The map is keyed by lower-case {@code user@host}.
     */
    public Map<String, PostMention> resolve(String markdown) {
        Map<String, PostMention> resolved = new LinkedHashMap<>();
        int tried = 0;
        for (String handle : handles(markdown)) {
            if (tried++ == MAX_RESOLVED) {
                log.info("More than {} handles in one text: the rest stay plain text", MAX_RESOLVED);
                break;
            }
            int at = handle.indexOf('@');
            try {
                directory
                        .find(handle.substring(0, at), handle.substring(at + 1))
                        .ifPresent(m -> resolved.put(handle, m));
            } catch (RuntimeException e) {
                // A directory must not fail the author's save; this is the last line of defence.
                log.warn("Could not resolve @{}: {}", handle, e.toString());
            }
        }
        return resolved;
    }

    /**
     * Links the resolved handles in {@code html} (already sanitized) the way Mastodon writes them:
     * {@code <span class="h-card" translate="no"><a href class="u-url mention">@<span>user</span></a></span>}.
     * Text inside links, code and preformatted blocks is left alone.
     */
    public Linked link(String html, Map<String, PostMention> resolved) {
        if (html == null || html.isEmpty() || resolved.isEmpty()) {
            return new Linked(html == null ? "" : html, List.of());
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings(output.clone());
        unlinkAutolinkedHandles(doc);
        Map<String, PostMention> used = new LinkedHashMap<>();
        for (TextNode t : TextLinks.texts(doc.body())) {
            TextLinks.replace(t, HANDLE, m -> {
                PostMention mention = resolved.get(key(m.group(1), m.group(2)));
                if (mention == null) {
                    return null;
                }
                used.putIfAbsent(mention.acct().toLowerCase(Locale.ROOT), mention);
                return markup(mention);
            });
        }
        return new Linked(doc.body().html(), List.copyOf(used.values()));
    }

    /**
     * An autolink extension turns {@code @bob@example.com} into {@code @<a href="mailto:...">}: such a
     * mail link right after an {@code @} is a handle, so it goes back to text before linking.
     */
    private static void unlinkAutolinkedHandles(Document doc) {
        for (Element a : doc.select("a[href^=mailto:]")) {
            Node prev = a.previousSibling();
            if (prev instanceof TextNode t
                    && t.getWholeText().endsWith("@")
                    && a.attr("href").substring("mailto:".length()).equalsIgnoreCase(a.text())) {
                Element parent = a.parent();
                a.unwrap();
                if (parent != null) {
                    mergeTexts(parent);
                }
            }
        }
    }

    private static void mergeTexts(Element parent) {
        TextNode previous = null;
        for (Node n : new ArrayList<>(parent.childNodes())) {
            if (n instanceof TextNode t) {
                if (previous != null) {
                    previous.text(previous.getWholeText() + t.getWholeText());
                    t.remove();
                    continue;
                }
                previous = t;
            } else {
                previous = null;
            }
        }
    }

    /** Who {@code actorUri} is, as a mention: for addressing the person an answer replies to. */
    public Optional<PostMention> ofActor(String actorUri) {
        try {
            return directory.byActor(actorUri);
        } catch (RuntimeException e) {
            log.warn("Could not look up {}: {}", actorUri, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Makes {@code html} start with the mention of {@code who} (Mastodon drops a reply that does not
     * address the person it answers), unless it already does: inside the first paragraph, or as a
     * paragraph of its own when the text does not begin with one.
     */
    public String addressing(String html, PostMention who) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        doc.outputSettings(output.clone());
        Element first = doc.body().firstElementChild();
        if (first != null && first.normalName().equals("p")) {
            Element lead = first.firstElementChild();
            boolean startsWithIt = lead != null
                    && lead.hasClass("h-card")
                    && first.childNode(0) == lead
                    && who.profileUrl().equals(lead.select("a").attr("href"));
            if (!startsWithIt) {
                first.prependText(" ");
                first.prependChild(markup(who));
            }
        } else {
            doc.body().prependChild(new Element("p").appendChild(markup(who)));
        }
        return doc.body().html();
    }

    /** Mastodon's mention markup, which its sanitizer keeps and its clients recognise. */
    public static Element markup(PostMention mention) {
        Element link = new Element("a")
                .attr("href", mention.profileUrl())
                .attr("class", "u-url mention")
                .appendText("@")
                .appendChild(new Element("span").text(mention.user()));
        return new Element("span")
                .attr("class", "h-card")
                .attr("translate", "no")
                .appendChild(link);
    }

    static String key(String user, String host) {
        return (user + "@" + host).toLowerCase(Locale.ROOT);
    }
}
