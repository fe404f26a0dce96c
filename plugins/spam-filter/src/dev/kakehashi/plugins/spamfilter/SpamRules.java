package dev.kakehashi.plugins.spamfilter;

import dev.kakehashi.plugin.CommentVerdict;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The filter's two rules, on a comment's sanitized HTML: a listed keyword anywhere in the text or
 * in a link's address marks it as spam; more links than allowed holds it for a person to look at.
 * Mentions and hashtags are links too on the fediverse, but they do not count.
 *
 * @param keywords lower-cased words or phrases, matched as substrings
 * @param maxLinks how many links a comment may carry before it is held
 */
record SpamRules(List<String> keywords, long maxLinks) {
    SpamRules {
        keywords = keywords.stream()
                .map(k -> k.strip().toLowerCase(Locale.ROOT))
                .filter(k -> !k.isEmpty())
                .toList();
    }

    CommentVerdict judge(String html) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        String text = doc.text().toLowerCase(Locale.ROOT);
        long links = 0;
        StringBuilder hrefs = new StringBuilder();
        for (Element a : doc.select("a[href]")) {
            hrefs.append(' ').append(a.attr("href").toLowerCase(Locale.ROOT));
            if (!isMentionOrHashtag(a)) {
                links++;
            }
        }
        for (String k : keywords) {
            if (text.contains(k) || hrefs.indexOf(k) >= 0) {
                return CommentVerdict.spam("contains the keyword \"" + k + "\"");
            }
        }
        if (links > maxLinks) {
            return CommentVerdict.hold(links + " links, more than the " + maxLinks + " allowed");
        }
        return CommentVerdict.accept();
    }

    /** Mastodon marks them with these classes; their text starts with @ or #. */
    private static boolean isMentionOrHashtag(Element a) {
        String t = a.text().strip();
        return a.hasClass("mention") || a.hasClass("hashtag") || t.startsWith("@") || t.startsWith("#");
    }
}
