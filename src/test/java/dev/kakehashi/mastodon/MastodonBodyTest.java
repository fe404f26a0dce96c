package dev.kakehashi.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.service.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MastodonBodyTest {
    private static MastodonBody form(String... keyValues) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.computeIfAbsent(keyValues[i], k -> new java.util.ArrayList<>()).add(keyValues[i + 1]);
        }
        return MastodonBodyReader.fromForm(m);
    }

    private static MastodonBody json(String text) {
        return MastodonBodyReader.fromJson(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void railsArraysAndPlainRepeatedKeysAndJsonArraysAreOneList() {
        assertThat(form("media_ids[]", "1", "media_ids[]", "2").list("media_ids"))
                .containsExactly("1", "2");
        assertThat(form("id", "1", "id", "2").list("id")).containsExactly("1", "2");
        assertThat(json("{\"media_ids\":[\"1\",2]}").list("media_ids")).containsExactly("1", "2");
        assertThat(json("{\"media_ids[]\":[\"3\"]}").list("media_ids")).containsExactly("3");
        assertThat(form("media_ids", "7").list("media_ids")).containsExactly("7");
        assertThat(form().list("media_ids")).isEmpty();
    }

    @Test
    void nestedFormKeysMatchNestedJson() {
        MastodonBody f = form("poll[options][]", "a", "poll[options][]", "b", "poll[expires_in]", "300");
        MastodonBody j = json("{\"poll\":{\"options\":[\"a\",\"b\"],\"expires_in\":300}}");
        for (MastodonBody b : List.of(f, j)) {
            assertThat(b.object("poll").list("options")).containsExactly("a", "b");
            assertThat(b.object("poll").number("expires_in")).contains(300L);
        }
        assertThat(form("home[last_read_id]", "9").object("home").stringOrNull("last_read_id"))
                .isEqualTo("9");
    }

    @Test
    void listsOfObjectsStartANewObjectWhenAKeyRepeats() {
        MastodonBody b = form(
                "media_attributes[][id]",
                "1",
                "media_attributes[][description]",
                "one",
                "media_attributes[][id]",
                "2",
                "media_attributes[][description]",
                "two");
        var items = b.objects("media_attributes");
        assertThat(items).hasSize(2);
        assertThat(items.get(1).stringOrNull("id")).isEqualTo("2");
        assertThat(items.get(1).stringOrNull("description")).isEqualTo("two");
        var indexed = form("fields_attributes[1][name]", "b", "fields_attributes[0][name]", "a")
                .objects("fields_attributes");
        assertThat(indexed).extracting(o -> o.stringOrNull("name")).containsExactly("a", "b");
    }

    @Test
    void booleansFollowRails() {
        for (String t : List.of("1", "true", "on", "TRUE", "t")) {
            assertThat(form("sensitive", t).bool("sensitive")).as(t).contains(true);
        }
        for (String f : List.of("0", "false", "off", "f")) {
            assertThat(form("sensitive", f).bool("sensitive")).as(f).contains(false);
        }
        assertThat(json("{\"sensitive\":true}").bool("sensitive")).contains(true);
        assertThat(form("sensitive", "").bool("sensitive")).isEmpty();
        assertThatThrownBy(() -> form("sensitive", "maybe").bool("sensitive"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void badJsonAndTooDeepBodiesAre422() {
        assertThatThrownBy(() -> json("{nope")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> json("[1,2]")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> json("{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{}}}}}}}}"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> form("n", "x").number("n")).isInstanceOf(InvalidInputException.class);
        assertThat(json("{\"a\":null}").has("a")).isFalse();
    }

    @Test
    void theBodyWinsOverTheQuery() {
        MastodonBody merged = form("scope", "read write").withDefaults(form("scope", "read", "state", "s"));
        assertThat(merged.stringOrNull("scope")).isEqualTo("read write");
        assertThat(merged.stringOrNull("state")).isEqualTo("s");
    }
}
