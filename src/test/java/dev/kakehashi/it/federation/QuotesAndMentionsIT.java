package dev.kakehashi.it.federation;

import static dev.kakehashi.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Peers deliver signed quotes and mentions, shaped as their servers send them: quotes are listed as
 * "mentioned in", mentions notify the mentioned author and the admins, a reply is not also a mention.
 */
class QuotesAndMentionsIT extends ReactionsFixture {
    @Test
    void aReplyToOurPostIsNotAlsoCountedAsAMention() throws Exception {
        String post = ina.compose("note", "publish", "body", "Reply to me");
        Delivery d = new Delivery(post);
        ObjectNode reply = d.json("mastodon.example", "create-mention");
        ((ObjectNode) reply.get("object")).put("inReplyTo", server.url("/posts/" + post));
        d.post("alice", reply);
        String id = reply.path("id").asText();
        await(() -> state(id) != null && !"RECEIVED".equals(state(id)));
        assertThat(tables.count(
                        "select count(*) from reaction where kind = 'MENTION' and activity_uri like ?",
                        reply.path("object").path("id").asText() + "%"))
                .isZero();
    }

    @Test
    void quotesFromMastodonMisskeyAndFedifyAreListedAsMentionedIn() throws Exception {
        String post = ina.compose("note", "publish", "body", "Quote me");
        String article = ina.compose(
                "article", "publish", "title", "Hello world", "slug", "hello-world", "body", "Worth quoting.");
        Delivery d = new Delivery(post);
        d.send("mastodon.example", "create-quote");
        d.send("misskey.example", "create-quote");
        d.send("fedify.example", "create-quote");
        await(() -> reactions(post) == 2 && reactions(article) == 1);

        Document page = ina.get("/posts/" + post).html();
        assertThat(page.select(".mentioned-in a.quote-link").eachAttr("href"))
                .containsExactlyInAnyOrder(
                        d.remote("https://mastodon.example/@alice/113000000000000060"),
                        d.remote("https://fedify.example/@erin/0195b1a8-quote"));
        assertThat(page.select(".mentioned-in a.quote-author").eachText()).contains("Alice Liddell");
        Document articlePage = ina.get("/articles/hello-world").html();
        assertThat(articlePage.select(".mentioned-in a.quote-link").eachAttr("href"))
                .containsExactly(d.remote("https://misskey.example/notes/9f3k2n0060"));
        assertThat(ina.get("/admin/notifications")
                        .html()
                        .select(".notification[data-kind=QUOTE] a.link")
                        .eachAttr("href"))
                .contains(d.remote("https://mastodon.example/@alice/113000000000000060"));

        // Alice deletes her quoting post: it is no longer listed.
        ObjectNode delete = JSON.createObjectNode();
        delete.put("id", d.remote("https://mastodon.example/users/alice/statuses/113000000000000060#delete"));
        delete.put("type", "Delete");
        delete.put("actor", peer.actorId("alice"));
        delete.putObject("object")
                .put("id", d.remote("https://mastodon.example/users/alice/statuses/113000000000000060"))
                .put("type", "Tombstone");
        peer.post(inbox, delete.toString(), peer.mainKey("alice"));
        await(() -> reactions(post) == 1);
        assertThat(ina.get("/posts/" + post).html().select(".mentioned-in li")).hasSize(1);
    }

    @Test
    void mentionsFromEveryServerNotifyTheMentionedAuthorAndTheAdminsForTheBlog() throws Exception {
        Delivery d = new Delivery("1");
        long before = mentions();
        d.send("mastodon.example", "create-mention");
        d.send("misskey.example", "create-mention");
        d.send("pleroma.example", "create-mention");
        d.send("gts.example", "create-mention");
        d.send("wp.example", "create-mention");
        // Pleroma's note names ina and the blog: ina (an admin) is told once.
        await(() -> mentions() == before + 5);
        assertThat(tables.count("select count(*) from reaction where kind = 'MENTION' and local_actor = 'blog'"))
                .isEqualTo(2);

        Document page = ina.get("/admin/notifications").html();
        List<String> links =
                page.select(".notification[data-kind=MENTION] a.link").eachAttr("href");
        assertThat(links)
                .contains(
                        d.remote("https://mastodon.example/@alice/113000000000000070"),
                        d.remote("https://misskey.example/notes/9f3k2n0070"),
                        d.remote("https://gts.example/@dave/statuses/01HZX4MENT"),
                        d.remote("https://wp.example/2026/06/01/thanks/"));
        assertThat(page.select(".notification[data-kind=MENTION] .what").eachText())
                .allMatch("mentioned you"::equals);
    }
}
