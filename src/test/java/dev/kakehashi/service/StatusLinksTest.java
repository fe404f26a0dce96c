package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.RemoteMention;
import dev.kakehashi.domain.RemoteTag;
import dev.kakehashi.domain.StatusMention;
import dev.kakehashi.domain.StatusTag;
import dev.kakehashi.store.RemotePostTagRepository;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusLinksTest {
    static final Links LINKS = new Links(URI.create("https://blog.example"));
    static final String BOB = "https://social.example/users/bob";
    static final String STRANGER = "https://far.example/users/x";

    static RemoteActor bob() {
        RemoteActor bob = new RemoteActor(41, BOB, "social.example");
        bob.update(
                new RemoteActor.Profile(
                        "Person",
                        "bob",
                        "Bob",
                        null,
                        "https://social.example/@bob",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false),
                Instant.EPOCH);
        return bob;
    }

    @Test
    void tagsLinkToTheBlogsPageAndMentionsToTheAccountsKnownHere() {
        RemotePostTagRepository.Tagged tagged = new RemotePostTagRepository.Tagged(
                Map.of(900L, List.of(new RemoteTag("bridges", "https://social.example/tags/bridges"))),
                Map.of(
                        900L,
                        List.of(
                                new RemoteMention("https://blog.example/actors/3", "mio@blog.example"),
                                new RemoteMention(BOB, "bobby@social.example"),
                                new RemoteMention(STRANGER, "x@far.example"))));

        StatusLinks links = StatusLinks.of(Map.of(), tagged, Map.of(BOB, bob()), LINKS);

        assertThat(links.tagsOf(900)).containsExactly(new StatusTag("bridges", "https://blog.example/tags/bridges"));
        assertThat(links.mentionsOf(900))
                .containsExactly(
                        new StatusMention(
                                "mio@blog.example", "https://blog.example/actors/3", "https://blog.example/@mio", true),
                        new StatusMention("bob@social.example", BOB, "https://social.example/@bob", false),
                        new StatusMention("x@far.example", STRANGER, STRANGER, false));
        assertThat(links.mentionedAccounts())
                .as("an author's account, a cached actor's; nothing for an actor not known here")
                .isEqualTo(Map.of("https://blog.example/actors/3", 3L, BOB, 41L));
        assertThat(links.tagsOf(901)).isEmpty();
    }

    @Test
    void aReplyTargetsAuthorIsAnAuthorHereOrACachedActor() {
        Map<String, PageReplyTargets.Target> targets = Map.of(
                "https://blog.example/posts/5", new PageReplyTargets.Target(5, null, 3L),
                "https://social.example/users/bob/statuses/1", new PageReplyTargets.Target(77, BOB, null),
                "https://far.example/notes/1", new PageReplyTargets.Target(78, STRANGER, null));

        StatusLinks links = StatusLinks.of(targets, RemotePostTagRepository.Tagged.NONE, Map.of(BOB, bob()), LINKS);

        assertThat(links.replyAccounts())
                .isEqualTo(
                        Map.of("https://blog.example/posts/5", 3L, "https://social.example/users/bob/statuses/1", 41L));
    }

    @Test
    void aNoteKeptBothAsACommentAndByTheReaderIsAnsweredFromElsewhereByTheReadersCopy() {
        String note = "https://social.example/users/bob/statuses/2";
        Map<String, PageReplyTargets.Target> targets = Map.of(
                note,
                new PageReplyTargets.Target(12, BOB, null, 90L),
                "https://blog.example/posts/5",
                new PageReplyTargets.Target(5, null, 3L));
        Map<String, Long> ids = Map.of(note, 12L, "https://blog.example/posts/5", 5L);

        StatusLinks links = StatusLinks.of(targets, RemotePostTagRepository.Tagged.NONE, Map.of(BOB, bob()), LINKS);

        assertThat(links.replyFromElsewhere(ids, note))
                .as("the reader's copy, as the timelines show it")
                .isEqualTo(90L);
        assertThat(links.replyFromElsewhere(ids, "https://blog.example/posts/5"))
                .isEqualTo(5L);
        assertThat(links.replyFromElsewhere(ids, "https://far.example/unknown")).isNull();
    }
}
