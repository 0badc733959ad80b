package org.creditgraph.api.watch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go: http or https URLs whose host resolves only to public addresses.
 * Loopback, private, link-local, carrier-grade NAT, documentation, benchmarking, multicast,
 * reserved and unique-local targets are refused (no requests into the server's own network)
 * unless {@code CREDITGRAPH_WEBHOOKS_ALLOW_PRIVATE=true}. IPv6 forms that carry an IPv4 address
 * (IPv4-mapped and -compatible, NAT64, 6to4, Teredo) are judged by the IPv4 address they carry.
 *
 * <p>Checked when a watchlist is created and again before every delivery. A delivery resolves the
 * host once: {@link #pin} checks every address the name resolves to and hands back the one to
 * connect to, so that a name re-resolving to an inside address between check and connection (DNS
 * rebinding) cannot redirect the request.
 */
@Component
public class WebhookTargets {

    /** Host name to addresses; the JDK's resolver outside tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** What {@link #pin} decided. */
    public sealed interface Decision permits Refused, Pinned {}

    /** The URL may not be used; {@code why} is safe to show to the watchlist's owner. */
    public record Refused(String why) implements Decision {}

    /** Send to {@code uri} by connecting to {@code address}, whatever the host resolves to later. */
    public record Pinned(URI uri, InetAddress address) implements Decision {}

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Autowired
    public WebhookTargets(@Value("${creditgraph.webhooks.allow-private:false}") boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Why the URL may not be used, or empty when it may (a watchlist's URL when it is created). */
    public Optional<String> problem(String url) {
        Parsed parsed = parse(url);
        if (parsed.problem != null) {
            return Optional.of(parsed.problem);
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        return switch (resolveAndCheck(parsed.uri)) {
            case Refused r -> Optional.of(r.why());
            case Pinned p -> Optional.empty();
        };
    }

    /** The address to deliver to, from one resolution of the host, or why there is none. */
    public Decision pin(String url) {
        Parsed parsed = parse(url);
        return parsed.problem != null ? new Refused(parsed.problem) : resolveAndCheck(parsed.uri);
    }

    private record Parsed(URI uri, String problem) {}

    private static Parsed parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            return new Parsed(null, "webhookUrl is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Parsed(uri, "webhookUrl must be http or https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return new Parsed(uri, "webhookUrl has no host");
        }
        if (uri.getUserInfo() != null) {
            return new Parsed(uri, "webhookUrl must not carry credentials");
        }
        return new Parsed(uri, null);
    }

    private Decision resolveAndCheck(URI uri) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException | IllegalArgumentException e) {
            return new Refused("webhookUrl host does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            return new Refused("webhookUrl host does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                if (notPublic(a).isPresent()) {
                    return new Refused("webhookUrl resolves to a loopback, private or reserved address; refused"
                            + " (set CREDITGRAPH_WEBHOOKS_ALLOW_PRIVATE=true to allow)");
                }
            }
        }
        return new Pinned(uri, addresses[0]);
    }

    /** Whether a webhook may not go to the address (see {@link #notPublic}). */
    static boolean isPrivate(InetAddress a) {
        return notPublic(a).isPresent();
    }

    /**
     * The special-purpose range an address lies in (e.g. {@code "127.0.0.0/8"}, or {@code
     * "10.0.0.0/8 in 2002::/16"} for an IPv4 address carried in an IPv6 one), or empty for a
     * public unicast address.
     */
    static Optional<String> notPublic(InetAddress a) {
        if (a.isLoopbackAddress()
                || a.isSiteLocalAddress()
                || a.isLinkLocalAddress()
                || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            Optional<String> named = a instanceof Inet4Address ? v4Range(a.getAddress()) : v6Range(a.getAddress());
            return Optional.of(named.orElse(a.isSiteLocalAddress() ? "site-local" : "local"));
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return v4Range(b);
        }
        if (!(a instanceof Inet6Address)) {
            return Optional.of("unknown address family");
        }
        boolean carriesIpv4 = false;
        for (Embedding e : EMBEDDINGS) {
            if (!e.prefix.contains(b)) {
                continue;
            }
            if (e.wholePrefix) {
                return Optional.of(e.prefix.name);
            }
            carriesIpv4 = true;
            byte[] v4 = Arrays.copyOfRange(b, e.ipv4At, e.ipv4At + 4);
            if (e.inverted) {
                for (int i = 0; i < 4; i++) {
                    v4[i] = (byte) ~v4[i];
                }
            }
            Optional<String> inner = v4Range(v4);
            if (inner.isPresent()) {
                return Optional.of(inner.get() + " in " + e.prefix.name);
            }
        }
        if (carriesIpv4) {
            return Optional.empty();
        }
        return v6Range(b);
    }

    private static Optional<String> v4Range(byte[] b) {
        return V4.stream().filter(r -> r.contains(b)).map(Range::name).findFirst();
    }

    private static Optional<String> v6Range(byte[] b) {
        return V6.stream().filter(r -> r.contains(b)).map(Range::name).findFirst();
    }

    /** IPv4 special-purpose ranges (IANA registry) that are not globally reachable or not unicast. */
    private static final List<Range> V4 = List.of(
            Range.of("0.0.0.0/8"),
            Range.of("10.0.0.0/8"),
            Range.of("100.64.0.0/10"),
            Range.of("127.0.0.0/8"),
            Range.of("169.254.0.0/16"),
            Range.of("172.16.0.0/12"),
            Range.of("192.0.0.0/24"),
            Range.of("192.0.2.0/24"),
            Range.of("192.168.0.0/16"),
            Range.of("198.18.0.0/15"),
            Range.of("198.51.100.0/24"),
            Range.of("203.0.113.0/24"),
            Range.of("224.0.0.0/4"),
            Range.of("240.0.0.0/4")); // reserved, with the broadcast 255.255.255.255

    /** IPv6 ranges refused outright (after the forms that carry an IPv4 address). */
    private static final List<Range> V6 = List.of(
            Range.of("::/128"),
            Range.of("::1/128"),
            Range.of("fc00::/7"),
            Range.of("fe80::/10"),
            Range.of("fec0::/10"),
            Range.of("ff00::/8"),
            Range.of("2001:db8::/32"));

    /**
     * IPv6 forms that carry an IPv4 address: the offset of the carried address, whether it is
     * stored inverted (Teredo's client), or whether the whole prefix is refused. A form may be
     * listed twice (Teredo carries two addresses); every listed address must be public.
     */
    private record Embedding(Range prefix, int ipv4At, boolean inverted, boolean wholePrefix) {}

    private static final List<Embedding> EMBEDDINGS = List.of(
            new Embedding(Range.of("::ffff:0:0/96"), 12, false, false), // IPv4-mapped
            // IPv4-compatible (deprecated); :: and ::1 fall in it and are caught as 0.0.0.0/8
            new Embedding(Range.of("::/96"), 12, false, false),
            new Embedding(Range.of("64:ff9b::/96"), 12, false, false), // NAT64, well-known prefix
            // NAT64 local-use prefix (RFC 8215): routed only inside one operator's network
            new Embedding(Range.of("64:ff9b:1::/48"), 0, false, true),
            new Embedding(Range.of("2002::/16"), 2, false, false), // 6to4
            // Teredo: the server's IPv4 address, then the client's, stored inverted
            new Embedding(Range.of("2001::/32"), 4, false, false),
            new Embedding(Range.of("2001::/32"), 12, true, false));

    /** A CIDR block. */
    private record Range(String name, byte[] prefix, int bits) {

        static Range of(String cidr) {
            int slash = cidr.indexOf('/');
            try {
                byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
                if (cidr.startsWith("::ffff:")) { // the JDK hands back mapped literals as IPv4
                    prefix = new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 0, 0, 0, 0};
                }
                return new Range(cidr, prefix, Integer.parseInt(cidr.substring(slash + 1)));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }
}
