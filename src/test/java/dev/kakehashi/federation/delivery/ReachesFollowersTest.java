package dev.kakehashi.federation.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.store.OutboxRepository;
import org.junit.jupiter.api.Test;

/** Whether a post's activity goes to its actor's followers: only when it addresses them or Public. */
class ReachesFollowersTest {
    static final String FOLLOWERS = "https://blog.example/actors/1/followers";

    @Test
    void publicAndFollowersOnlyActivitiesReachTheFollowers() {
        assertThat(AddressedAudience.reachesFollowers(
                        "{\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],\"cc\":[]}", FOLLOWERS))
                .isTrue();
        assertThat(AddressedAudience.reachesFollowers("{\"to\":[\"" + FOLLOWERS + "\"]}", FOLLOWERS))
                .isTrue();
    }

    @Test
    void aDirectActivityOrAnotherActorsFollowersDoNot() {
        assertThat(AddressedAudience.reachesFollowers(
                        "{\"to\":[\"https://m.example/users/bob\"],\"cc\":[]}", FOLLOWERS))
                .isFalse();
        assertThat(AddressedAudience.reachesFollowers(
                        "{\"to\":[\"https://blog.example/actors/2/followers\"]}", FOLLOWERS))
                .isFalse();
        assertThat(AddressedAudience.reachesFollowers("not json", FOLLOWERS)).isFalse();
    }

    @Test
    void postActivitiesAndAnswerCreatesAndUpdatesFollowTheirAddressingOtherActivitiesGoToTheFollowers() {
        assertThat(AddressedAudience.followsItsAddressing(pending(ActivityType.UPDATE, 7L)))
                .isTrue();
        assertThat(AddressedAudience.followsItsAddressing(pending(ActivityType.CREATE, null)))
                .as("an answer's Create")
                .isTrue();
        assertThat(AddressedAudience.followsItsAddressing(pending(ActivityType.UPDATE, null)))
                .as("an answer's Update, to those its Create reached")
                .isTrue();
        assertThat(AddressedAudience.followsItsAddressing(pending(ActivityType.ANNOUNCE, null)))
                .isFalse();
        assertThat(AddressedAudience.followsItsAddressing(pending(ActivityType.UNDO, null)))
                .isFalse();
    }

    static OutboxRepository.Pending pending(ActivityType type, Long postId) {
        return new OutboxRepository.Pending(1, "account:1", type, "https://blog.example/x", postId, "{}", null);
    }
}
