package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.MultipartBody;
import dev.kakehashi.it.WebClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An author's filters from a Mastodon app (v2 CRUD in JSON and Rails-style forms) change what their
 * timelines, threads and notifications show: a hide filter drops a status (paging still goes on),
 * a warn filter lists what matched.
 */
class MastodonFiltersIT extends MastodonFiltersFixture {
    @Test
    void aHideFilterDropsAMatchingStatusFromHomeAndPublicAndPagingGoesOn() {
        admin.compose("note", "publish", "body", "A quiet walk by the river");
        admin.compose("note", "publish", "body", "Spoilers: the Dragon wins in the end");
        String filter = createFilter(Map.of(
                "title",
                "No spoilers",
                "context",
                List.of("home", "public"),
                "filter_action",
                "hide",
                "keywords_attributes",
                List.of(Map.of("keyword", "dragon"))));

        assertThat(contents(get("/api/v1/timelines/home").json()))
                .anyMatch(c -> c.contains("quiet walk"))
                .noneMatch(c -> c.contains("Dragon"));
        assertThat(contents(get("/api/v1/timelines/public").json()))
                .anyMatch(c -> c.contains("quiet walk"))
                .noneMatch(c -> c.contains("Dragon"));
        // Not the author's filter when nobody is signed in.
        assertThat(contents(http.get("/api/v1/timelines/public", null).json())).anyMatch(c -> c.contains("Dragon"));

        // The newest status is hidden: the first page of one is empty, and its Link leads on.
        MastodonApi.Answer first = get("/api/v1/timelines/home?limit=1");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json()).isEmpty();
        assertThat(contents(get(next(first)).json())).singleElement().asString().contains("quiet walk");

        // The filter shows as created; removing it shows the status again.
        JsonNode shown = get("/api/v2/filters/" + filter).json();
        assertThat(shown.get("title").asText()).isEqualTo("No spoilers");
        assertThat(shown.get("filter_action").asText()).isEqualTo("hide");
        assertThat(shown.get("context").toString()).isEqualTo("[\"home\",\"public\"]");
        assertThat(shown.get("keywords").get(0).get("keyword").asText()).isEqualTo("dragon");
        assertThat(shown.get("keywords").get(0).get("whole_word").asBoolean()).isTrue();
        assertThat(shown.get("expires_at").isNull()).isTrue();
        assertThat(send("DELETE", "/api/v2/filters/" + filter, Map.of()).status())
                .isEqualTo(200);
        assertThat(contents(get("/api/v1/timelines/home").json())).anyMatch(c -> c.contains("Dragon"));
        assertJsonError(get("/api/v2/filters/" + filter), 404);
    }

    @Test
    void aWarnFilterFromANestedFormListsTheKeywordsThatMatchWholeWordsOnly() {
        admin.compose("note", "publish", "body", "How to concatenate strings");
        admin.compose("note", "publish", "body", "My CAT sleeps all day");
        admin.compose("note", "publish", "body", "Hotdogs for lunch");
        String form = "title=Pets&context%5B%5D=home&context%5B%5D=account&filter_action=warn"
                + "&keywords_attributes%5B%5D%5Bkeyword%5D=cat&keywords_attributes%5B%5D%5Bwhole_word%5D=1"
                + "&keywords_attributes%5B%5D%5Bkeyword%5D=dog&keywords_attributes%5B%5D%5Bwhole_word%5D=0";
        MastodonApi.Answer created = http.method("POST", "/api/v2/filters", token, FORM, form);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(200);
        assertThat(created.json().get("keywords")).hasSize(2);
        String filterId = created.json().get("id").asText();

        JsonNode home = get("/api/v1/timelines/home").json();
        JsonNode cat = statusWith(home, "My CAT sleeps");
        assertThat(cat.get("filtered")).hasSize(1);
        assertThat(cat.get("filtered").get(0).get("filter").get("id").asText()).isEqualTo(filterId);
        assertThat(cat.get("filtered").get(0).get("filter").get("filter_action").asText())
                .isEqualTo("warn");
        assertThat(cat.get("filtered").get(0).get("keyword_matches").toString()).isEqualTo("[\"cat\"]");
        assertThat(statusWith(home, "Hotdogs")
                        .get("filtered")
                        .get(0)
                        .get("keyword_matches")
                        .toString())
                .isEqualTo("[\"dog\"]");
        assertThat(statusWith(home, "concatenate").get("filtered")).isEmpty();

        String account =
                get("/api/v1/accounts/verify_credentials").json().get("id").asText();
        assertThat(statusWith(get("/api/v1/accounts/" + account + "/statuses").json(), "My CAT")
                        .get("filtered"))
                .hasSize(1);
        // Not a public filter.
        assertThat(statusWith(get("/api/v1/timelines/public").json(), "My CAT").get("filtered"))
                .isEmpty();

        // v1 lists one filter per keyword.
        JsonNode v1 = get("/api/v1/filters").json();
        assertThat(v1.toString()).contains("\"phrase\":\"cat\"").contains("\"phrase\":\"dog\"");
    }

    @Test
    void keywordsAndStatusesAreChangedOneByOneAndWithDestroy() {
        String post = admin.compose("note", "publish", "body", "Parsnips are underrated");
        String filter = createFilter(Map.of("title", "Veg", "context", List.of("thread")));
        MastodonApi.Answer keyword = send(
                "POST", "/api/v2/filters/" + filter + "/keywords", Map.of("keyword", "turnip", "whole_word", false));
        assertThat(keyword.status()).as(keyword.raw().body()).isEqualTo(200);
        String keywordId = keyword.json().get("id").asText();
        assertThat(keyword.json().get("whole_word").asBoolean()).isFalse();
        MastodonApi.Answer changed = send("PUT", "/api/v2/filters/keywords/" + keywordId, Map.of("keyword", "parsnip"));
        assertThat(changed.json().get("keyword").asText()).isEqualTo("parsnip");
        assertThat(get("/api/v2/filters/keywords/" + keywordId)
                        .json()
                        .get("keyword")
                        .asText())
                .isEqualTo("parsnip");

        // A filter names a status by id too.
        MastodonApi.Answer named = send("POST", "/api/v2/filters/" + filter + "/statuses", Map.of("status_id", post));
        assertThat(named.status()).as(named.raw().body()).isEqualTo(200);
        assertThat(named.json().get("status_id").asText()).isEqualTo(post);
        String namedId = named.json().get("id").asText();
        assertThat(get("/api/v2/filters/" + filter + "/statuses").json()).hasSize(1);
        assertJsonError(send("POST", "/api/v2/filters/" + filter + "/statuses", Map.of("status_id", "987654321")), 422);

        // Removing the keyword by _destroy in an update, then the status.
        MastodonApi.Answer updated = send(
                "PUT",
                "/api/v2/filters/" + filter,
                Map.of(
                        "title",
                        "Vegetables",
                        "keywords_attributes",
                        List.of(Map.of("id", keywordId, "_destroy", true), Map.of("keyword", "kale"))));
        assertThat(updated.status()).as(updated.raw().body()).isEqualTo(200);
        assertThat(updated.json().get("title").asText()).isEqualTo("Vegetables");
        assertThat(updated.json().get("keywords")).hasSize(1);
        assertThat(updated.json().get("keywords").get(0).get("keyword").asText())
                .isEqualTo("kale");
        assertThat(updated.json().get("context").toString()).isEqualTo("[\"thread\"]");
        assertJsonError(get("/api/v2/filters/keywords/" + keywordId), 404);
        assertThat(send("DELETE", "/api/v2/filters/statuses/" + namedId, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(get("/api/v2/filters/" + filter + "/statuses").json()).isEmpty();

        // A multipart body is read the same way.
        var parts = new java.util.LinkedHashMap<String, Object>();
        parts.put("filter_action", "blur");
        parts.put("context[]", "public");
        parts.put("keywords_attributes[][keyword]", "Leek");
        MultipartBody multipart = MultipartBody.of(parts);
        MastodonApi.Answer blurred = http.send(http.request("/api/v2/filters/" + filter, token)
                .header("Content-Type", multipart.contentType())
                .method("PUT", java.net.http.HttpRequest.BodyPublishers.ofByteArray(multipart.bytes())));
        assertThat(blurred.status()).as(blurred.raw().body()).isEqualTo(200);
        assertThat(blurred.json().get("filter_action").asText()).isEqualTo("blur");
        assertThat(blurred.json().get("context").toString()).isEqualTo("[\"public\"]");
        assertThat(blurred.json().get("keywords").toString())
                .contains("\"Leek\"")
                .contains("\"kale\"");
    }

    @Test
    void anExpiredFilterDoesNothing() {
        admin.compose("note", "publish", "body", "Rhubarb season again");
        String filter = createFilter(Map.of(
                "title", "Briefly",
                "context", List.of("home"),
                "keywords_attributes", List.of(Map.of("keyword", "rhubarb"))));
        assertThat(statusWith(get("/api/v1/timelines/home").json(), "Rhubarb").get("filtered"))
                .hasSize(1);
        MastodonApi.Answer expiring = send("PUT", "/api/v2/filters/" + filter, Map.of("expires_in", 1));
        assertThat(expiring.status()).as(expiring.raw().body()).isEqualTo(200);
        assertThat(expiring.json().get("expires_at").asText()).endsWith("Z");
        // Once it has expired it stops warning, and is still listed.
        Eventually.await(() -> statusWith(get("/api/v1/timelines/home").json(), "Rhubarb")
                .get("filtered")
                .isEmpty());
        assertThat(get("/api/v2/filters").json().toString()).contains("Briefly");
    }

    @Test
    void anotherAuthorsFilterIsNotFound() {
        var page = admin.get("/admin/authors");
        var added = admin.postForm(
                "/admin/authors",
                WebClient.form(
                        "_csrf", page.csrf(),
                        "username", "kai",
                        "email", "kai@example.com",
                        "displayName", "Kai",
                        "password", "kai-password-1",
                        "role", "author"));
        assertThat(added.status()).as(added.body()).isLessThan(400);
        String kai = http.passwordToken(app, "kai", "kai-password-1", "read write");
        String mine = createFilter(Map.of("title", "Mine", "context", List.of("home")));

        assertJsonError(http.get("/api/v2/filters/" + mine, kai), 404);
        assertJsonError(http.method("DELETE", "/api/v2/filters/" + mine, kai, null, null), 404);
        assertJsonError(http.method("PUT", "/api/v2/filters/" + mine, kai, FORM, "title=Theirs"), 404);
        assertThat(http.get("/api/v2/filters", kai).json()).isEmpty();
        assertThat(get("/api/v2/filters/" + mine).json().get("title").asText()).isEqualTo("Mine");
    }

    @Test
    void badInputIsA422AndStoresNothing() {
        long before = tables.count("select count(*) from content_filter");
        long keywords = tables.count("select count(*) from content_filter_keyword");
        assertJsonError(send("POST", "/api/v2/filters", Map.of("context", List.of("home"))), 422);
        assertJsonError(send("POST", "/api/v2/filters", Map.of("title", "No context")), 422);
        assertJsonError(send("POST", "/api/v2/filters", Map.of("title", "x", "context", List.of("garden"))), 422);
        assertJsonError(
                send(
                        "POST",
                        "/api/v2/filters",
                        Map.of("title", "x", "context", List.of("home"), "filter_action", "burn")),
                422);
        assertJsonError(
                send("POST", "/api/v2/filters", Map.of("title", "x", "context", List.of("home"), "expires_in", -5)),
                422);
        assertJsonError(
                http.method(
                        "POST",
                        "/api/v2/filters",
                        token,
                        FORM,
                        "title=x&context%5B%5D=home&keywords_attributes%5B%5D%5Bkeyword%5D=ok"
                                + "&keywords_attributes%5B%5D%5Bkeyword%5D=%20"),
                422);
        MastodonApi.Answer error = send("POST", "/api/v2/filters", Map.of("context", List.of("home")));
        assertThat(error.json().get("error").asText()).startsWith("Validation failed");
        assertThat(tables.count("select count(*) from content_filter")).isEqualTo(before);
        assertThat(tables.count("select count(*) from content_filter_keyword")).isEqualTo(keywords);

        assertJsonError(get("/api/v2/filters/not-an-id"), 404);
        assertJsonError(http.get("/api/v2/filters", null), 401);
        String readOnly = http.passwordToken(app, "mio", "mio-password-1", "read");
        assertJsonError(http.method("POST", "/api/v2/filters", readOnly, FORM, "title=x&context%5B%5D=home"), 403);
        // Older routes under /api still answer beside the new ones.
        assertThat(http.get("/api/v1/instance", null).status()).isEqualTo(200);
        assertThat(get("/api/v2/notifications/policy").status()).isEqualTo(200);
    }
}
