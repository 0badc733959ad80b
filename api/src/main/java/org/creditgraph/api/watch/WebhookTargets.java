package org.creditgraph.api.watch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go: http or https URLs whose host resolves only to public addresses.
 * Loopback, private, link-local, carrier-grade NAT and unique-local targets are refused (no
 * requests into the server's own network) unless {@code CREDITGRAPH_WEBHOOKS_ALLOW_PRIVATE=true}.
 * Checked when a watchlist is created and again before every delivery (the name may re-resolve).
 */
@Component
public class WebhookTargets {

    private final boolean allowPrivate;

    public WebhookTargets(@Value("${creditgraph.webhooks.allow-private:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why the URL may not be used, or empty when it may. */
    public Optional<String> problem(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            return Optional.of("webhookUrl is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("webhookUrl must be http or https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("webhookUrl has no host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("webhookUrl must not carry credentials");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("webhookUrl host does not resolve");
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a)) {
                return Optional.of("webhookUrl resolves to a loopback or private address; refused"
                        + " (set CREDITGRAPH_WEBHOOKS_ALLOW_PRIVATE=true to allow)");
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress()
                || a.isSiteLocalAddress()
                || a.isLinkLocalAddress()
                || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 169 && second == 254);
        }
        return (b[0] & 0xfe) == 0xfc; // IPv6 unique local fc00::/7
    }
}
