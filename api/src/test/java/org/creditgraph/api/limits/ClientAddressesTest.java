package org.creditgraph.api.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which address a request's rate limit is keyed on: X-Forwarded-For only from trusted proxies. */
class ClientAddressesTest {

    static MockHttpServletRequest request(String remote, String... forwardedFor) {
        var request = new MockHttpServletRequest("POST", "/graphql");
        request.setRemoteAddr(remote);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        var addresses = new ClientAddresses(List.of());
        assertThat(addresses.of(request("198.51.100.7", "203.0.113.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void aCallerThatIsNoTrustedProxyCannotChooseItsAddress() {
        var addresses = new ClientAddresses(List.of("10.0.0.0/8"));
        assertThat(addresses.of(request("198.51.100.7", "203.0.113.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressItForwarded() {
        var addresses = new ClientAddresses(List.of("10.0.0.5"));
        assertThat(addresses.of(request("10.0.0.5", "203.0.113.1"))).isEqualTo("203.0.113.1");
        assertThat(addresses.of(request("10.0.0.5"))).as("no header").isEqualTo("10.0.0.5");
    }

    @Test
    void addressesAClientWroteInFrontOfItsOwnAreNotBelieved() {
        var addresses = new ClientAddresses(List.of("10.0.0.0/8"));
        // the client sent "X-Forwarded-For: 192.0.2.99"; the proxy appended the address it saw
        assertThat(addresses.of(request("10.0.0.5", "192.0.2.99, 203.0.113.1"))).isEqualTo("203.0.113.1");
        assertThat(addresses.of(request("10.0.0.5", "192.0.2.99", "203.0.113.1")))
                .as("several header lines")
                .isEqualTo("203.0.113.1");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRight() {
        var addresses = new ClientAddresses(List.of("10.0.0.0/8", "172.16.0.0/12"));
        assertThat(addresses.of(request("10.0.0.5", "203.0.113.1, 172.16.4.4, 10.1.1.1")))
                .isEqualTo("203.0.113.1");
        assertThat(addresses.of(request("10.0.0.5", "10.9.9.9, 172.16.4.4")))
                .as("only proxies: the leftmost one is the client")
                .isEqualTo("10.9.9.9");
    }

    @Test
    void garbageInTheHeaderEndsTheWalk() {
        var addresses = new ClientAddresses(List.of("10.0.0.0/8"));
        assertThat(addresses.of(request("10.0.0.5", "203.0.113.1, not-an-address")))
                .as("the proxy forwarded something that is no address: the proxy itself is the client")
                .isEqualTo("10.0.0.5");
        assertThat(addresses.of(request("10.0.0.5", "[2001:db8::1]"))).isEqualTo("2001:db8::1");
        assertThat(addresses.of(request("10.0.0.5", "2001:db8::2"))).isEqualTo("2001:db8::2");
    }

    @Test
    void aMistypedProxyIsRefusedAtStart() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33")))
                .hasMessageContaining("creditgraph.trusted-proxies");
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.internal")))
                .hasMessageContaining("creditgraph.trusted-proxies");
    }
}
