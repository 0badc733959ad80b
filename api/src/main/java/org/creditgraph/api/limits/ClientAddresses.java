package org.creditgraph.api.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The client address a request's rate limit and failed-authentication count are keyed on. Behind a
 * reverse proxy every request comes from the proxy, so all anonymous callers would share one
 * bucket; the proxy names the real client in {@code X-Forwarded-For}. That header is believed only
 * when the connection comes from an address in {@code creditgraph.trusted-proxies} (addresses or
 * CIDR ranges), and then read from the right: each trusted proxy appends the address it saw, so the
 * first address from the right that is not a trusted proxy is the client. Whatever a client wrote
 * into the header itself stands further left and is never reached, so a hostile caller cannot pick
 * a fresh bucket per request. Without trusted proxies the header is ignored.
 */
public final class ClientAddresses {

    public static final String PROPERTY = "creditgraph.trusted-proxies";
    private static final Pattern IP = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<IpAddressMatcher> trusted;

    public ClientAddresses(List<String> trustedProxies) {
        List<IpAddressMatcher> matchers = new ArrayList<>();
        for (String proxy : trustedProxies) {
            String entry = proxy.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
            if (!IP.matcher(address).matches()) {
                throw new IllegalArgumentException(
                        PROPERTY + ": '" + entry + "' is no IP address or CIDR range (host names are not resolved)");
            }
            try {
                matchers.add(new IpAddressMatcher(entry));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PROPERTY + ": '" + entry + "' is no IP address or CIDR range", e);
            }
        }
        this.trusted = List.copyOf(matchers);
    }

    /** The address the request is counted against. */
    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (trusted.isEmpty() || !isTrusted(remote)) {
            return remote;
        }
        List<String> forwarded = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String part : header.split(",")) {
                forwarded.add(part.strip());
            }
        }
        String client = remote;
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String address = unbracket(forwarded.get(i));
            if (address == null) {
                return client;
            }
            client = address;
            if (!isTrusted(address)) {
                return address;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        for (IpAddressMatcher matcher : trusted) {
            try {
                if (matcher.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }

    /** An IP literal without brackets, or null for anything else (names, ports, garbage). */
    private static String unbracket(String value) {
        String address = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        return !address.isEmpty()
                        && IP.matcher(address).matches()
                        && (address.contains(":")
                                || address.chars().filter(c -> c == '.').count() == 3)
                ? address
                : null;
    }
}
