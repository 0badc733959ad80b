package org.creditgraph.api.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which webhook targets are refused: every special-purpose range, and IPv4 carried in IPv6. */
class WebhookTargetsTest {

    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    /** An IPv6 address kept as IPv6 even where the JDK would hand back the IPv4 it carries. */
    static InetAddress v6(String literal) {
        try {
            byte[] bytes = new byte[16];
            byte[] parsed = ip(literal).getAddress();
            if (parsed.length == 4) { // ::ffff:a.b.c.d
                bytes[10] = (byte) 0xff;
                bytes[11] = (byte) 0xff;
                System.arraycopy(parsed, 0, bytes, 12, 4);
            } else {
                bytes = parsed;
            }
            return Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0.0.0.0",
                "0.1.2.3",
                "10.0.0.1",
                "10.255.255.255",
                "100.64.0.0",
                "100.127.255.255",
                "127.0.0.1",
                "127.255.0.1",
                "169.254.169.254",
                "172.16.0.1",
                "172.31.255.255",
                "192.0.0.8",
                "192.0.2.45",
                "192.168.1.1",
                "198.18.0.1",
                "198.19.255.255",
                "198.51.100.7",
                "203.0.113.9",
                "224.0.0.1",
                "239.255.255.250",
                "240.0.0.1",
                "255.255.255.255"
            })
    void ipv4SpecialPurposeRangesAreRefused(String address) {
        assertThat(WebhookTargets.notPublic(ip(address))).as(address).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "93.184.216.34",
                "8.8.8.8",
                "1.1.1.1",
                "100.63.255.255",
                "100.128.0.0",
                "172.15.255.255",
                "172.32.0.0",
                "192.0.1.255",
                "192.0.3.0",
                "198.17.255.255",
                "198.20.0.0",
                "223.255.255.255"
            })
    void publicIpv4IsAllowed(String address) {
        assertThat(WebhookTargets.notPublic(ip(address))).as(address).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "::",
                "::1",
                "fc00::1",
                "fd12:3456::1",
                "fe80::1",
                "febf::1",
                "fec0::1",
                "ff02::1",
                "ff0e::1",
                "2001:db8::1",
                "2001:db8:ffff::1"
            })
    void ipv6SpecialPurposeRangesAreRefused(String address) {
        assertThat(WebhookTargets.notPublic(ip(address))).as(address).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2606:4700:4700::1111", "2a00:1450:4001::200e", "2001:4860:4860::8888"})
    void publicIpv6IsAllowed(String address) {
        assertThat(WebhookTargets.notPublic(ip(address))).as(address).isEmpty();
    }

    @Test
    void ipv4MappedAddressesAreJudgedByTheirIpv4() {
        for (String inner : List.of("127.0.0.1", "10.0.0.1", "192.168.0.1", "169.254.169.254", "0.0.0.0")) {
            assertThat(WebhookTargets.notPublic(v6("::ffff:" + inner)))
                    .as("::ffff:" + inner)
                    .isPresent();
            assertThat(WebhookTargets.notPublic(ip("::ffff:" + inner)))
                    .as("::ffff:" + inner + " as the JDK parses it")
                    .isPresent();
        }
        assertThat(WebhookTargets.notPublic(v6("::ffff:8.8.8.8"))).isEmpty();
    }

    @Test
    void ipv4CompatibleAddressesAreJudgedByTheirIpv4() {
        assertThat(WebhookTargets.notPublic(ip("::127.0.0.1"))).contains("127.0.0.0/8 in ::/96");
        assertThat(WebhookTargets.notPublic(ip("::10.1.2.3"))).isPresent();
        assertThat(WebhookTargets.notPublic(ip("::192.168.1.1"))).isPresent();
        assertThat(WebhookTargets.notPublic(ip("::8.8.8.8"))).isEmpty();
    }

    @Test
    void nat64AddressesAreJudgedByTheirIpv4OrRefusedWhenLocalUse() {
        assertThat(WebhookTargets.notPublic(ip("64:ff9b::127.0.0.1"))).contains("127.0.0.0/8 in 64:ff9b::/96");
        assertThat(WebhookTargets.notPublic(ip("64:ff9b::a00:1"))).isPresent(); // 10.0.0.1
        assertThat(WebhookTargets.notPublic(ip("64:ff9b::a9fe:a9fe"))).isPresent(); // 169.254.169.254
        assertThat(WebhookTargets.notPublic(ip("64:ff9b::808:808"))).isEmpty(); // 8.8.8.8
        // the local-use prefix (RFC 8215) routes only inside one operator's network
        assertThat(WebhookTargets.notPublic(ip("64:ff9b:1::7f00:1"))).contains("64:ff9b:1::/48");
        assertThat(WebhookTargets.notPublic(ip("64:ff9b:1::808:808"))).contains("64:ff9b:1::/48");
    }

    @Test
    void sixToFourAddressesAreJudgedByTheirIpv4() {
        assertThat(WebhookTargets.notPublic(ip("2002:7f00:1::1"))).contains("127.0.0.0/8 in 2002::/16");
        assertThat(WebhookTargets.notPublic(ip("2002:c0a8:101::1"))).isPresent(); // 192.168.1.1
        assertThat(WebhookTargets.notPublic(ip("2002:a00:1::"))).isPresent(); // 10.0.0.1
        assertThat(WebhookTargets.notPublic(ip("2002:808:808::1"))).isEmpty(); // 8.8.8.8
    }

    @Test
    void teredoAddressesAreJudgedByTheirServerAndClientIpv4() {
        // server 65.54.227.120 (4136:e378); client stored inverted: 127.0.0.1 -> 80ff:fffe
        assertThat(WebhookTargets.notPublic(ip("2001:0:4136:e378:8000:63bf:80ff:fffe")))
                .contains("127.0.0.0/8 in 2001::/32");
        // client 10.0.0.1 -> f5ff:fffe
        assertThat(WebhookTargets.notPublic(ip("2001:0:4136:e378:8000:63bf:f5ff:fffe")))
                .isPresent();
        // server 10.0.0.1, client 8.8.8.8 (f7f7:f7f7)
        assertThat(WebhookTargets.notPublic(ip("2001:0:a00:1:8000:63bf:f7f7:f7f7")))
                .isPresent();
        assertThat(WebhookTargets.notPublic(ip("2001:0:4136:e378:8000:63bf:f7f7:f7f7")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/hook",
                "http://[::ffff:127.0.0.1]/hook",
                "http://[::127.0.0.1]/hook",
                "http://[64:ff9b::127.0.0.1]/hook",
                "http://[64:ff9b:1::808:808]/hook",
                "http://[2002:7f00:1::1]/hook",
                "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/hook",
                "http://[fe80::1]/hook",
                "http://198.18.0.1/hook",
                "http://240.0.0.1/hook",
                "http://0.0.0.0:8080/hook"
            })
    void urlsOfInsideAddressesAreRefused(String url) {
        assertThat(new WebhookTargets(false).problem(url)).as(url).isPresent();
        assertThat(new WebhookTargets(false).pin(url)).as(url).isInstanceOf(WebhookTargets.Refused.class);
        assertThat(new WebhookTargets(true).problem(url)).as(url).isEmpty();
    }

    @Test
    void aNameIsRefusedWhenAnyOfItsAddressesIsInside() {
        WebhookTargets targets =
                new WebhookTargets(false, host -> new InetAddress[] {ip("93.184.216.34"), ip("10.0.0.1")});
        assertThat(targets.problem("https://hooks.example.com/x")).isPresent();
        assertThat(targets.pin("https://hooks.example.com/x")).isInstanceOf(WebhookTargets.Refused.class);
    }

    @Test
    void pinningResolvesOnceAndKeepsTheCheckedAddress() {
        List<String> lookups = new ArrayList<>();
        WebhookTargets targets = new WebhookTargets(false, host -> {
            lookups.add(host);
            return new InetAddress[] {ip("93.184.216.34")};
        });
        var decision = targets.pin("https://Hooks.Example.com:8443/x?y=1");
        assertThat(decision).isInstanceOf(WebhookTargets.Pinned.class);
        var pinned = (WebhookTargets.Pinned) decision;
        assertThat(pinned.address()).isEqualTo(ip("93.184.216.34"));
        assertThat(pinned.uri().getHost()).isEqualTo("Hooks.Example.com");
        assertThat(lookups).containsExactly("Hooks.Example.com");
    }

    @Test
    void unresolvableAndMalformedUrlsAreRefused() {
        WebhookTargets targets = new WebhookTargets(false, host -> {
            throw new UnknownHostException(host);
        });
        assertThat(targets.problem("https://nowhere.invalid/x")).contains("webhookUrl host does not resolve");
        assertThat(targets.problem("ftp://93.184.216.34/x")).contains("webhookUrl must be http or https");
        assertThat(targets.problem("https://user:pw@93.184.216.34/x"))
                .contains("webhookUrl must not carry credentials");
        assertThat(targets.problem("not a url")).isPresent();
    }
}
