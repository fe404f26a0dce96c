package dev.kakehashi.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.federation.remote.FakeRemote;
import org.junit.jupiter.api.Test;

class RemoteActorDocumentTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode fixture(String name) throws Exception {
        return (ObjectNode) JSON.readTree(FakeRemote.read(name));
    }

    @Test
    void readsAMastodonPerson() throws Exception {
        RemoteActorDocument a = RemoteActorDocument.parse(fixture("mastodon.example/users/alice.json"));

        assertThat(a.id()).isEqualTo("https://mastodon.example/users/alice");
        assertThat(a.type()).isEqualTo("Person");
        assertThat(a.preferredUsername()).isEqualTo("alice");
        assertThat(a.name()).isEqualTo("Alice :blobcat:");
        assertThat(a.url()).isEqualTo("https://mastodon.example/@alice");
        assertThat(a.iconUrl()).startsWith("https://files.mastodon.example/accounts/avatars/");
        assertThat(a.inbox()).isEqualTo("https://mastodon.example/users/alice/inbox");
        assertThat(a.sharedInbox()).isEqualTo("https://mastodon.example/inbox");
        assertThat(a.followers()).isEqualTo("https://mastodon.example/users/alice/followers");
        assertThat(a.publicKeyId()).isEqualTo("https://mastodon.example/users/alice#main-key");
        assertThat(a.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(a.manuallyApprovesFollowers()).isFalse();
    }

    @Test
    void readsAMisskeyPersonWithItsOwnFieldsAndIsCat() throws Exception {
        RemoteActorDocument a = RemoteActorDocument.parse(fixture("misskey.example/users/9f3k2l1m0a.json"));

        assertThat(a.preferredUsername()).isEqualTo("bob");
        assertThat(a.name()).isEqualTo("ぼぶ :nyan:");
        assertThat(a.summaryHtml()).contains("猫です");
        assertThat(a.iconUrl()).isEqualTo("https://misskey.example/files/webpublic-7c1d2e3f-avatar");
        assertThat(a.sharedInbox()).isEqualTo("https://misskey.example/inbox");
        assertThat(a.publicKeyId()).isEqualTo("https://misskey.example/users/9f3k2l1m0a#main-key");
    }

    @Test
    void readsAPleromaPersonWithCapabilitiesAndAnAcctWebfinger() throws Exception {
        RemoteActorDocument a = RemoteActorDocument.parse(fixture("pleroma.example/users/carol.json"));

        assertThat(a.preferredUsername()).isEqualTo("carol");
        assertThat(a.sharedInbox()).isEqualTo("https://pleroma.example/inbox");
        assertThat(a.manuallyApprovesFollowers()).isTrue();
        assertThat(a.summaryHtml()).isEqualTo("Akkoma admin<br/>she/her");
    }

    @Test
    void readsAGoToSocialPersonWithoutSharedInboxAndAPathKeyId() throws Exception {
        RemoteActorDocument a = RemoteActorDocument.parse(fixture("gts.example/users/dave.json"));

        assertThat(a.sharedInbox()).isNull();
        assertThat(a.inbox()).isEqualTo("https://gts.example/users/dave/inbox");
        assertThat(a.publicKeyId()).isEqualTo("https://gts.example/users/dave/main-key");
        assertThat(a.manuallyApprovesFollowers()).isTrue();
    }

    @Test
    void readsAWordPressBlogGroupWithUrlArrayBareIconAndKeyArray() throws Exception {
        RemoteActorDocument a = RemoteActorDocument.parse(fixture("wp.example/author-0.json"));

        assertThat(a.type()).isEqualTo("Group");
        assertThat(a.id()).isEqualTo("https://wp.example/?author=0");
        assertThat(a.preferredUsername()).isEqualTo("blog");
        assertThat(a.url()).isEqualTo("https://wp.example/");
        assertThat(a.iconUrl()).isEqualTo("https://wp.example/wp-content/uploads/2024/03/cropped-site-icon.png");
        assertThat(a.publicKeyId()).isEqualTo("https://wp.example/?author=0#main-key");
        assertThat(a.publicKeyPem()).startsWith("-----BEGIN RSA PUBLIC KEY-----");
        assertThat(a.sharedInbox()).isEqualTo("https://wp.example/wp-json/activitypub/1.0/inbox");
    }

    @Test
    void ignoresAKeyOwnedBySomeoneElse() throws Exception {
        ObjectNode doc = fixture("mastodon.example/users/alice.json");
        ((ObjectNode) doc.get("publicKey")).put("owner", "https://evil.example/users/mallory");

        assertThat(RemoteActorDocument.parse(doc).publicKeyPem()).isNull();
    }

    @Test
    void dropsAProfileUrlOnAnotherHost() throws Exception {
        ObjectNode doc = fixture("mastodon.example/users/alice.json");
        doc.put("url", "https://phishing.example/@alice");

        assertThat(RemoteActorDocument.parse(doc).url()).isNull();
    }

    @Test
    void readsTheTopLevelSharedInboxAndAUsernameFromWebfinger() throws Exception {
        ObjectNode doc = fixture("gts.example/users/dave.json");
        doc.remove("preferredUsername");
        doc.put("webfinger", "dave@gts.example");
        doc.put("sharedInbox", "https://gts.example/inbox");

        RemoteActorDocument a = RemoteActorDocument.parse(doc);

        assertThat(a.preferredUsername()).isEqualTo("dave");
        assertThat(a.sharedInbox()).isEqualTo("https://gts.example/inbox");
    }

    @Test
    void readsNameFromALanguageMap() throws Exception {
        ObjectNode doc = fixture("gts.example/users/dave.json");
        doc.remove("name");
        doc.putObject("nameMap").put("ja", "デイブ");

        assertThat(RemoteActorDocument.parse(doc).name()).isEqualTo("デイブ");
    }

    @Test
    void refusesWhatMastodonRefuses() throws Exception {
        ObjectNode noInbox = fixture("mastodon.example/users/alice.json");
        noInbox.remove("inbox");
        ObjectNode note = fixture("mastodon.example/users/alice.json");
        note.put("type", "Note");
        ObjectNode noName = fixture("mastodon.example/users/alice.json");
        noName.remove("preferredUsername");
        noName.remove("webfinger");
        JsonNode noId = fixture("mastodon.example/users/alice.json").without("id");

        for (JsonNode bad : new JsonNode[] {noInbox, note, noName, noId}) {
            assertThatThrownBy(() -> RemoteActorDocument.parse(bad)).isInstanceOf(DocumentException.class);
        }
    }
}
