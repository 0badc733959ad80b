package org.creditgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.creditgraph.model.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;

/** A bearer token's caller: known by issuer and subject, never by the name it claims. */
class JwtCallersTest {

    static Viewer caller(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(jwt::claim);
        return ((CallerAuthentication) new JwtCallers().convert(jwt.build())).viewer();
    }

    @Test
    void theIdIsIssuerAndSubject() {
        Viewer bank = caller(Map.of("iss", "https://idp.example", "sub", "u-17", "role", "AGENCY", "name", "Bank A"));
        assertThat(bank.id()).isEqualTo("jwt:https://idp.example u-17");
        assertThat(bank.name()).isEqualTo("Bank A");
        assertThat(caller(Map.of("sub", "u-17", "role", "AGENCY")).id()).isEqualTo("jwt: u-17");
    }

    @Test
    void tokensClaimingOneNameAreDifferentCallers() {
        Viewer first = caller(Map.of("iss", "https://idp.example", "sub", "u-17", "role", "AGENCY", "name", "Bank A"));
        Viewer second = caller(Map.of("iss", "https://idp.example", "sub", "u-18", "role", "AGENCY", "name", "Bank A"));
        Viewer elsewhere =
                caller(Map.of("iss", "https://other.example", "sub", "u-17", "role", "AGENCY", "name", "Bank A"));
        assertThat(first.id()).isNotEqualTo(second.id()).isNotEqualTo(elsewhere.id());
    }

    @Test
    void aTokenWithoutSubjectIsRefused() {
        assertThatThrownBy(() -> caller(Map.of("iss", "https://idp.example", "role", "AGENCY", "name", "Bank A")))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessageContaining("sub claim");
    }
}
