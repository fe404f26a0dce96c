package dev.kakehashi.federation.reaction;

import static dev.kakehashi.federation.reader.ActivityFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Quotes and mentions read from remote notes as each server emits them. */
class RemoteNotesTest {
    private static JsonNode note(String host, String name) {
        return json(host, name).get("object");
    }

    @Test
    void mastodonQuoteIsReadFromTheFep044fProperty() {
        assertThat(RemoteNotes.quoted(note("mastodon.example", "create-quote")))
                .isEqualTo("https://blog.example/posts/1000");
        assertThat(RemoteNotes.link(note("mastodon.example", "create-quote")))
                .isEqualTo("https://mastodon.example/@alice/113000000000000060");
    }

    @Test
    void misskeyQuoteIsReadFromMisskeyQuoteAndNamesTheArticlePage() {
        assertThat(RemoteNotes.quoted(note("misskey.example", "create-quote")))
                .isEqualTo("https://blog.example/articles/hello-world");
        // Misskey notes have no url: the link is the id.
        assertThat(RemoteNotes.link(note("misskey.example", "create-quote")))
                .isEqualTo("https://misskey.example/notes/9f3k2n0060");
    }

    @Test
    void fedifyQuoteIsReadAndItsLinkObjectGivesThePage() {
        assertThat(RemoteNotes.quoted(note("fedify.example", "create-quote")))
                .isEqualTo("https://blog.example/posts/1000");
        assertThat(RemoteNotes.link(note("fedify.example", "create-quote")))
                .isEqualTo("https://fedify.example/@erin/0195b1a8-quote");
    }

    @Test
    void onlyQuoteUriOrQuoteUrlIsEnoughToo() {
        var quoteUri = json("mastodon.example", "create-quote").with("object");
        quoteUri.remove("quote");
        quoteUri.remove("_misskey_quote");
        assertThat(RemoteNotes.quoted(quoteUri)).isEqualTo("https://blog.example/posts/1000");
        var plain = note("mastodon.example", "create-note");
        assertThat(RemoteNotes.quoted(plain)).isNull();
    }

    @Test
    void mentionsAreReadFromEveryServersTags() {
        assertThat(RemoteNotes.mentioned(note("mastodon.example", "create-mention")))
                .containsExactly("https://blog.example/actors/blog");
        assertThat(RemoteNotes.mentioned(note("misskey.example", "create-mention")))
                .containsExactly("https://blog.example/actors/12");
        assertThat(RemoteNotes.mentioned(note("pleroma.example", "create-mention")))
                .containsExactly("https://blog.example/actors/12", "https://blog.example/actors/blog");
        // GoToSocial writes a single tag as an object, not an array.
        assertThat(RemoteNotes.mentioned(note("gts.example", "create-mention")))
                .containsExactly("https://blog.example/actors/12");
        assertThat(RemoteNotes.mentioned(note("wp.example", "create-mention")))
                .containsExactly("https://blog.example/actors/12");
    }

    @Test
    void hashtagsAreNoMentions() {
        assertThat(RemoteNotes.mentioned(note("misskey.example", "create-note")))
                .isEmpty();
    }

    @Test
    void aNoteWhoseIdIsNotOnTheActorsServerIsNotTaken() {
        var note = json("mastodon.example", "create-quote").with("object");
        String alice = "https://mastodon.example/users/alice";
        assertThat(RemoteNotes.id(note, alice))
                .isEqualTo("https://mastodon.example/users/alice/statuses/113000000000000060");
        assertThat(RemoteNotes.id(note, "https://evil.example/users/mallory")).isNull();
        note.put("id", "javascript:alert(1)");
        assertThat(RemoteNotes.id(note, alice)).isNull();
    }
}
