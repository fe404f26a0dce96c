package dev.kakehashi.federation.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.federation.remote.RemoteFetchException.Reason;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SsrfGuardTest {
    /** Names resolve only through this table, so tests never touch real DNS. */
    static SsrfGuard guard(boolean allowPrivate, Set<String> origins, Map<String, String> dns) {
        return new SsrfGuard(allowPrivate, origins, host -> {
            String ip = dns.get(host);
            if (ip == null) {
                // Literal addresses (and decimal/octal spellings) go through the JDK's own parsing.
                if (host.matches("[0-9a-fA-FxX.:]+")) {
                    return InetAddress.getAllByName(host);
                }
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(ip)};
        });
    }

    static final SsrfGuard STRICT = guard(false, Set.of(), Map.of("social.example", "93.184.216.34"));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.8.9.10",
                "10.0.0.1",
                "10.255.255.255",
                "172.16.0.1",
                "172.31.255.254",
                "192.168.1.1",
                "169.254.169.254",
                "169.254.0.1",
                "0.0.0.0",
                "100.64.0.1",
                "100.127.255.254",
                "224.0.0.1",
                "239.255.255.250",
                "255.255.255.255",
                "::1",
                "::",
                "fc00::1",
                "fd12:3456::1",
                "fe80::1",
                "febf::1",
                "ff02::1",
                "::ffff:127.0.0.1",
                "::ffff:10.1.2.3",
                "::ffff:169.254.169.254",
                "64:ff9b::a00:1"
            })
    void refusesNonPublicAddresses(String ip) throws Exception {
        assertThat(SsrfGuard.isPublic(InetAddress.getByName(ip))).as(ip).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "93.184.216.34",
                "1.1.1.1",
                "100.63.255.255",
                "100.128.0.1",
                "172.15.255.255",
                "172.32.0.1",
                "192.169.0.1",
                "169.255.0.1",
                "2606:4700:4700::1111",
                "2a01:4f8::1",
                "::ffff:93.184.216.34"
            })
    void allowsPublicAddresses(String ip) throws Exception {
        assertThat(SsrfGuard.isPublic(InetAddress.getByName(ip))).as(ip).isTrue();
    }

    @Test
    void ipv4MappedIpv6BytesAreJudgedByTheirIpv4Address() throws Exception {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 192, (byte) 168, 0, 1};
        // getByAddress with 16 bytes keeps the Inet6Address form that getByName would unwrap.
        InetAddress address = java.net.Inet6Address.getByAddress(null, mapped, null);
        assertThat(SsrfGuard.isPublic(address)).isFalse();
    }

    @Test
    void refusesHostNamesThatResolveToPrivateAddresses() {
        SsrfGuard guard = guard(false, Set.of(), Map.of("intranet.example", "10.0.0.5"));
        assertThatThrownBy(() -> guard.check(URI.create("https://intranet.example/users/a")))
                .isInstanceOfSatisfying(
                        RemoteFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BLOCKED))
                .hasMessageContaining("10.0.0.5");
    }

    @Test
    void refusesANameWithOnePublicAndOnePrivateRecord() {
        SsrfGuard guard = new SsrfGuard(false, Set.of(), host ->
                new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("127.0.0.1")});
        assertThatThrownBy(() -> guard.check(URI.create("https://mixed.example/")))
                .isInstanceOf(RemoteFetchException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://2130706433/",
                "https://0x7f000001/",
                "https://127.1/",
                "https://[::1]/",
                "https://[::ffff:7f00:1]/",
                "https://169.254.169.254/latest/meta-data/"
            })
    void refusesLoopbackAndMetadataSpelledInOtherWays(String url) {
        // Whatever the JDK makes of these spellings, none may reach a non-public address.
        assertThatThrownBy(() -> STRICT.check(URI.create(url))).isInstanceOf(RemoteFetchException.class);
    }

    @Test
    void anOctalLookingAddressIsJudgedAsTheJdkReadsIt() {
        // The JDK reads 0177.0.0.1 as decimal 177.0.0.1, and connects there too: the guard checks
        // the very address the client will use, not what a C library would make of the text.
        assertThat(STRICT.check(URI.create("https://0177.0.0.1/")))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("177.0.0.1");
    }

    @Test
    void allowsAPublicHttpsHost() {
        assertThat(STRICT.check(URI.create("https://social.example/users/a")))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.216.34");
    }

    @Test
    void refusesPlainHttpUnlessPrivateNetworksAreAllowed() {
        assertThatThrownBy(() -> STRICT.check(URI.create("http://social.example/users/a")))
                .hasMessageContaining("https");
        SsrfGuard open = guard(true, Set.of(), Map.of("social.example", "93.184.216.34"));
        assertThat(open.check(URI.create("http://social.example/users/a"))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://social.example/x", "file:///etc/passwd", "gopher://social.example/", "mailto:a@b"})
    void refusesOtherSchemes(String url) {
        SsrfGuard open = guard(true, Set.of(), Map.of("social.example", "93.184.216.34"));
        assertThatThrownBy(() -> open.check(URI.create(url)))
                .isInstanceOfSatisfying(
                        RemoteFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BLOCKED));
    }

    @Test
    void allowPrivateNetworksLetsLoopbackThrough() {
        SsrfGuard open = guard(true, Set.of(), Map.of());
        assertThat(open.check(URI.create("http://127.0.0.1:8080/actor"))).hasSize(1);
    }

    @Test
    void anAllowedTestOriginOpensThatExactHostAndPortOnly() {
        SsrfGuard guard = guard(false, Set.of("127.0.0.1:8080"), Map.of());
        assertThat(guard.check(URI.create("http://127.0.0.1:8080/actor"))).hasSize(1);
        assertThatThrownBy(() -> guard.check(URI.create("http://127.0.0.1:8081/actor")))
                .isInstanceOf(RemoteFetchException.class);
        assertThatThrownBy(() -> guard.check(URI.create("http://localhost:8080/actor")))
                .isInstanceOf(RemoteFetchException.class);
    }

    @Test
    void anUnknownHostIsUnreachableNotBlocked() {
        assertThatThrownBy(() -> STRICT.check(URI.create("https://nowhere.example/")))
                .isInstanceOfSatisfying(
                        RemoteFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE));
    }
}
