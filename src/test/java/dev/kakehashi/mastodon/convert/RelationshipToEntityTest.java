package dev.kakehashi.mastodon.convert;

import static dev.kakehashi.mastodon.convert.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.service.Relationship;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationshipToEntityTest {
    static final List<String> FLAGS = List.of(
            "following",
            "showing_reblogs",
            "notifying",
            "followed_by",
            "blocking",
            "blocked_by",
            "muting",
            "muting_notifications",
            "requested",
            "requested_by",
            "domain_blocking",
            "endorsed");

    @Test
    void aStrangerHasEveryFieldFalseWithAStringIdAndNoLanguages() {
        JsonNode r = json(RelationshipToEntity.of(Relationship.none(42)));
        assertThat(r.get("id").isTextual()).isTrue();
        assertThat(r.get("id").asText()).isEqualTo("42");
        for (String flag : FLAGS) {
            assertThat(r.get(flag).isBoolean()).as(flag).isTrue();
            assertThat(r.get(flag).asBoolean()).as(flag).isFalse();
        }
        assertThat(r.get("languages").isNull()).isTrue();
        assertThat(r.get("note").asText()).isEmpty();
    }

    @Test
    void aRequestedFollowShowsReblogsAndNotifyingAndAMutedBlockedAccountSaysSo() {
        JsonNode r = json(RelationshipToEntity.of(
                new Relationship(7, false, true, true, false, true, true, true, true, false, true, false, "")));
        assertThat(r.get("requested").asBoolean()).isTrue();
        assertThat(r.get("following").asBoolean()).isFalse();
        assertThat(r.get("showing_reblogs").asBoolean()).isTrue();
        assertThat(r.get("languages").isArray()).isTrue();
        assertThat(r.get("followed_by").asBoolean()).isTrue();
        assertThat(r.get("blocking").asBoolean()).isTrue();
        assertThat(r.get("blocked_by").asBoolean()).isTrue();
        assertThat(r.get("domain_blocking").asBoolean()).isTrue();
        assertThat(r.get("muting").asBoolean()).isTrue();
        assertThat(r.get("muting_notifications").asBoolean()).isFalse();
        assertThat(r.get("notifying").asBoolean()).isTrue();
    }
}
