package org.creditgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Viewer;
import org.junit.jupiter.api.Test;

/** Contract §2 key entries {@code KEY=ROLE[:DOMAIN,DOMAIN...][@NAME]}. */
class ApiKeysTest {

    static final String K1 = "bank-a-Qm8vT2xLr5Wn9Kc3Ea";
    static final String K2 = "ops-Zp4Hd7Yf1Bs6Jq0Ug2Mx";

    @Test
    void parsesRolesDomainsAndNames() {
        ApiKeys keys = ApiKeys.parse(K1 + "=AGENCY:FINANCING,public_tendering@Bank A; " + K2 + "=ADMIN ;");
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.lookup(K1))
                .hasValue(new Viewer(
                        Viewer.Role.AGENCY,
                        Set.of(SanctionDomain.FINANCING, SanctionDomain.PUBLIC_TENDERING),
                        "Bank A",
                        "key:" + ApiKeys.sha256(K1).substring(0, 16)));
        Viewer admin = keys.lookup(K2).orElseThrow();
        assertThat(admin.role()).isEqualTo(Viewer.Role.ADMIN);
        assertThat(admin.domains()).isEmpty();
        assertThat(admin.name()).startsWith("key ").doesNotContain(K2);
        assertThat(keys.lookup("k3")).isEmpty();
    }

    @Test
    void aKeysFileMayHoldHashesInsteadOfKeys() {
        String hash = ApiKeys.sha256("secret-key");
        ApiKeys keys = ApiKeys.parse("", "# agencies\nsha256:" + hash.toUpperCase() + "=AGENCY@Land Agency\n");
        assertThat(keys.lookup("secret-key").map(Viewer::name)).hasValue("Land Agency");
        assertThat(keys.lookup("secret-key").map(Viewer::id)).hasValue("key:" + hash.substring(0, 16));
    }

    @Test
    void twoKeysWithOneNameAreTwoCallers() {
        ApiKeys keys = ApiKeys.parse(K1 + "=AGENCY@Bank A;" + K2 + "=AGENCY@Bank A");
        Viewer first = keys.lookup(K1).orElseThrow();
        Viewer second = keys.lookup(K2).orElseThrow();
        assertThat(first.name()).isEqualTo(second.name());
        assertThat(first.id()).isNotEqualTo(second.id()).doesNotContain("Bank A");
    }

    @Test
    void domainLimitsApplyToAgenciesOnly() {
        Viewer bank = ApiKeys.parse(K1 + "=AGENCY:FINANCING").lookup(K1).orElseThrow();
        assertThat(bank.mayCheck(SanctionDomain.FINANCING)).isTrue();
        assertThat(bank.mayCheck(SanctionDomain.STATE_LAND)).isFalse();
        assertThat(Viewer.PUBLIC.mayCheck(SanctionDomain.STATE_LAND)).isTrue();
    }

    @Test
    void mistakesNameTheEntryButNeverTheKey() {
        assertThatThrownBy(() -> ApiKeys.parse(K1 + "=ADMIN;" + K2 + "=KING"))
                .hasMessageContaining("entry 2")
                .hasMessageNotContaining(K2);
        assertThatThrownBy(() -> ApiKeys.parse(K1 + "=AGENCY:LOANS"))
                .hasMessageContaining("unknown domain 'LOANS'")
                .hasMessageNotContaining(K1);
        assertThatThrownBy(() -> ApiKeys.parse(K1))
                .hasMessageContaining("entry 1")
                .hasMessageNotContaining(K1);
        assertThatThrownBy(() -> ApiKeys.parse(K1 + "=PUBLIC")).hasMessageContaining("AGENCY or ADMIN");
    }

    @Test
    void shortOrGuessableKeysStopTheServerNamingTheEntryNotTheKey() {
        assertThatThrownBy(() -> ApiKeys.parse(K1 + "=ADMIN;topsecret=AGENCY@Bank B"))
                .hasMessage("API key entry 2 (Bank B): the key is too short (9 characters); use at least 24"
                        + " random characters, e.g. from `openssl rand -base64 24`");
        for (String weak : new String[] {"a".repeat(40), "abcabcabcabcabcabcabcabcabc", "Ab1!Ab1!Ab1!Ab1!Ab1!Ab1!"}) {
            assertThatThrownBy(() -> ApiKeys.parse(weak + "=AGENCY"))
                    .as(weak)
                    .hasMessageStartingWith("API key entry 1 (key ")
                    .hasMessageContaining("the key is too regular")
                    .hasMessageNotContaining(weak);
        }
        for (String weak : new String[] {"abcdefghijklmnopqrstuvwxyz", "0123456789012345678901234"}) {
            assertThatThrownBy(() -> ApiKeys.parse(weak + "=AGENCY"))
                    .as(weak)
                    .hasMessageContaining("the key is mostly runs")
                    .hasMessageNotContaining(weak);
        }
        assertThat(ApiKeys.weakness("9f2c4e71b8a05d3f6e1c7a94b2d08e5f")).isEmpty(); // openssl rand -hex 16
        assertThat(ApiKeys.weakness("u8Jq2Lx9Vb+T4mWz/Rk7Pn3Ys1Hc")).isEmpty(); // -base64 21
        // a hashed entry cannot be judged: whoever hashed it vouches for it
        assertThat(ApiKeys.parse("sha256:" + ApiKeys.sha256("short") + "=AGENCY")
                        .size())
                .isEqualTo(1);
    }
}
