package dev.kakehashi.federation.remote;

import dev.kakehashi.federation.remote.RemoteFetchException.Reason;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, after DNS resolution, whether an outgoing request may go to a URL: only http(s), and only
 * to public addresses unless private networks are allowed. Every address a name resolves to must be
 * public, so a name with one public and one private record is refused.
 *
 * <p>What remains: {@code java.net.http.HttpClient} resolves the name again when it connects and
 * offers no per-client resolver, so a name whose records change between the check and the connect
 * (DNS rebinding with a zero TTL) can still slip through once. The JVM's positive DNS cache
 * (networkaddress.cache.ttl, 30 s by default) makes the second lookup return the checked answer in
 * practice, and every redirect hop is checked again.
 */
public final class SsrfGuard {
    /** Resolves a host name; replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivateNetworks;
    private final Set<String> allowedOrigins;
    private final Resolver resolver;

    /**
     * @param allowPrivateNetworks allow every address and plain http (KAKEHASHI_ALLOW_PRIVATE_NETWORKS,
     *     for tests and closed networks)
     * @param allowedOrigins exact {@code host:port} pairs allowed over plain http to any address even
     *     when private networks are not: lets a test allow its own fake remote on 127.0.0.1 and
     *     nothing else. Empty in production.
     */
    public SsrfGuard(boolean allowPrivateNetworks, Set<String> allowedOrigins, Resolver resolver) {
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.allowedOrigins = Set.copyOf(allowedOrigins);
        this.resolver = resolver;
    }

    public SsrfGuard(boolean allowPrivateNetworks) {
        this(allowPrivateNetworks, Set.of(), InetAddress::getAllByName);
    }

    /** Whether plain http URLs may be used at all (they may only where private networks are allowed). */
    public boolean allowsPlainHttp() {
        return allowPrivateNetworks;
    }

    /**
     * Checks {@code uri} and returns the addresses its host resolved to.
     *
     * @throws RemoteFetchException with {@link Reason#BLOCKED} or {@link Reason#UNREACHABLE}
     */
    public InetAddress[] check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new RemoteFetchException(Reason.BLOCKED, uri, "only http and https URLs can be fetched");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RemoteFetchException(Reason.BLOCKED, uri, "URLs with user info are not fetched");
        }
        boolean allowlisted = allowedOrigins.contains(origin(uri));
        if (scheme.equals("http") && !allowPrivateNetworks && !allowlisted) {
            throw new RemoteFetchException(Reason.BLOCKED, uri, "plain http is not allowed; use https");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(stripBrackets(host));
        } catch (UnknownHostException e) {
            throw new RemoteFetchException(Reason.UNREACHABLE, uri, "unknown host " + host);
        }
        if (!allowPrivateNetworks && !allowlisted) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw new RemoteFetchException(
                            Reason.BLOCKED, uri, "host resolves to a non-public address " + address.getHostAddress());
                }
            }
        }
        return addresses;
    }

    static String origin(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return stripBrackets(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Whether an address is on the public internet: not loopback, private, link-local, CGNAT... */
    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            return isPublicV6(b);
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        return !(a0 == 0 // "this network", includes 0.0.0.0
                || a0 == 10
                || a0 == 127
                || (a0 == 100 && a1 >= 64 && a1 <= 127) // CGNAT 100.64/10
                || (a0 == 169 && a1 == 254) // link-local, cloud metadata 169.254.169.254
                || (a0 == 172 && a1 >= 16 && a1 <= 31)
                || (a0 == 192 && a1 == 168)
                || (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
                || a0 >= 224); // multicast, reserved, broadcast 255.255.255.255
    }

    private static boolean isPublicV6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) { // fc00::/7 unique local
            return false;
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0x80) { // fe80::/10 link-local
            return false;
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0xc0) { // fec0::/10 deprecated site-local
            return false;
        }
        if (first == 0xff) { // multicast
            return false;
        }
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            // IPv4-mapped ::ffff:a.b.c.d (the JDK usually unwraps these, but not from every source)
            return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        if (firstTenZero && b[10] == 0 && b[11] == 0) {
            // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
            return false;
        }
        if ((first == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b)) {
            // NAT64 64:ff9b::/96 embeds an IPv4 address
            return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        return true;
    }
}
