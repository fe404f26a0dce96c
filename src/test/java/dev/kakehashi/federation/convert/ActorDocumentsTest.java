package dev.kakehashi.federation.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.federation.vocab.ActorDocument;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.service.SiteSettings;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorDocumentsTest {
    static final String PEM = "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n";

    static JsonNode json(ActorDocument doc) throws Exception {
        return new ObjectMapper().readTree(ApJson.write(doc));
    }

    @Test
    void anAuthorIsAPersonWithEveryFieldMastodonReads() throws Exception {
        JsonNode person = json(new AccountToPerson(Posts.IDS).convert(Posts.ANN, PEM, false));
        String id = "https://blog.example/actors/7";
        assertThat(person.get("id").asText()).isEqualTo(id);
        assertThat(person.get("type").asText()).isEqualTo("Person");
        assertThat(person.get("preferredUsername").asText()).isEqualTo("ann");
        assertThat(person.get("webfinger").asText()).isEqualTo("ann@blog.example");
        assertThat(person.get("inbox").asText()).isEqualTo(id + "/inbox");
        assertThat(person.get("outbox").asText()).isEqualTo(id + "/outbox");
        assertThat(person.get("followers").asText()).isEqualTo(id + "/followers");
        assertThat(person.get("following").asText()).isEqualTo(id + "/following");
        assertThat(person.get("featured").asText()).isEqualTo(id + "/collections/featured");
        assertThat(person.get("endpoints").get("sharedInbox").asText()).isEqualTo("https://blog.example/inbox");
        assertThat(person.get("url").asText()).isEqualTo("https://blog.example/@ann");
        assertThat(person.get("discoverable").asBoolean()).isTrue();
        assertThat(person.get("indexable").asBoolean()).isTrue();
        assertThat(person.get("manuallyApprovesFollowers").asBoolean()).isFalse();
        assertThat(person.get("published").asText()).isEqualTo("2026-03-04T05:06:07Z");
        assertThat(person.get("attachment").get(0).get("type").asText()).isEqualTo("PropertyValue");
        assertThat(person.get("attachment").get(0).get("value").asText()).contains("href=\"https://blog.example/\"");
        assertThat(person.get("alsoKnownAs").isArray()).isTrue();
    }

    @Test
    void theKeyBelongsToTheActor() throws Exception {
        JsonNode person = json(new AccountToPerson(Posts.IDS).convert(Posts.ANN, PEM, false));
        JsonNode key = person.get("publicKey");
        assertThat(key.get("owner").asText()).isEqualTo(person.get("id").asText());
        assertThat(key.get("id").asText()).startsWith(person.get("id").asText() + "#");
        assertThat(key.get("publicKeyPem").asText()).isEqualTo(PEM);
    }

    @Test
    void theContextIsActivityStreamsAndSecurityPlusInlineTerms() throws Exception {
        JsonNode context = json(new AccountToPerson(Posts.IDS).convert(Posts.ANN, PEM, false))
                .get("@context");
        assertThat(context.size()).isEqualTo(3);
        assertThat(context.get(0).asText()).isEqualTo("https://www.w3.org/ns/activitystreams");
        assertThat(context.get(1).asText()).isEqualTo("https://w3id.org/security/v1");
        JsonNode terms = context.get(2);
        assertThat(terms.isObject()).isTrue();
        for (String term : new String[] {
            "manuallyApprovesFollowers",
            "featured",
            "alsoKnownAs",
            "PropertyValue",
            "value",
            "discoverable",
            "indexable",
            "webfinger"
        }) {
            assertThat(terms.has(term)).as(term).isTrue();
        }
    }

    @Test
    void theBlogIsAGroupNamedAfterTheSite() throws Exception {
        var site = new SiteSettings("Kyoto Notes", "Walks\nand bridges", "en", "default", Set.of());
        JsonNode blog = json(new BlogToActor(Posts.IDS).convert(site, "journal", PEM, Posts.T0));
        assertThat(blog.get("id").asText()).isEqualTo("https://blog.example/actors/blog");
        assertThat(blog.get("type").asText()).isEqualTo("Group");
        assertThat(blog.get("preferredUsername").asText()).isEqualTo("journal");
        assertThat(blog.get("name").asText()).isEqualTo("Kyoto Notes");
        assertThat(blog.get("summary").asText()).isEqualTo("<p>Walks<br>and bridges</p>");
        assertThat(blog.get("publicKey").get("owner").asText())
                .isEqualTo(blog.get("id").asText());
    }

    @Test
    void theInstanceActorIsAnApplicationWithMastodonsReducedFields() throws Exception {
        JsonNode app = json(new InstanceToApplication(Posts.IDS).convert(PEM));
        assertThat(app.get("type").asText()).isEqualTo("Application");
        assertThat(app.get("id").asText()).isEqualTo("https://blog.example/actor");
        assertThat(app.get("preferredUsername").asText()).isEqualTo("blog.example");
        assertThat(app.get("publicKey").get("owner").asText()).isEqualTo("https://blog.example/actor");
        assertThat(app.has("followers")).isFalse();
        assertThat(new ObjectMapper().convertValue(app, Map.class)).doesNotContainValue(null);
    }
}
