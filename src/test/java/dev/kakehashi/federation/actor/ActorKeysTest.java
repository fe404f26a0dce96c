package dev.kakehashi.federation.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ActorKeysTest {
    @Test
    void aNewPairIsRsa2048InPemThatReadsBack() throws Exception {
        var stored = ActorKeys.generate();
        assertThat(stored.publicKeyPem())
                .startsWith("-----BEGIN PUBLIC KEY-----\n")
                .endsWith("-----END PUBLIC KEY-----\n");
        assertThat(stored.publicKeyPem().lines().filter(l -> !l.startsWith("-----")))
                .allMatch(l -> l.length() <= 64);
        String base64 =
                stored.publicKeyPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        var pub = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        assertThat(pub.getModulus().bitLength()).isEqualTo(2048);
        var priv = (RSAPrivateCrtKey) ActorKeys.privateKey(stored.privateKeyPem());
        assertThat(priv.getModulus()).isEqualTo(pub.getModulus());
    }

    @Test
    void refsAndIdsRoundTrip() {
        var ids = new ActorIds(new dev.kakehashi.service.Links(java.net.URI.create("https://b.example:8443")));
        for (ActorRef ref : new ActorRef[] {ActorRef.INSTANCE, ActorRef.BLOG, ActorRef.author(12)}) {
            assertThat(ids.parse(ids.actor(ref))).contains(ref);
        }
        assertThat(ids.parse("https://b.example:8443/actors/x")).isEmpty();
        assertThat(ids.parse("https://other.example/actors/12")).isEmpty();
        assertThat(ActorRef.author(12).key()).isEqualTo("account:12");
        assertThat(ids.links().authority()).isEqualTo("b.example:8443");
    }
}
