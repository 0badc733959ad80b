package org.creditgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Viewer;
import org.junit.jupiter.api.Test;

/** Contract §2 key entries {@code KEY=ROLE[:DOMAIN,DOMAIN...][@NAME]}. */
class ApiKeysTest {

    @Test
    void parsesRolesDomainsAndNames() {
        ApiKeys keys = ApiKeys.parse("k1=AGENCY:FINANCING,public_tendering@Bank A; k2=ADMIN ;");
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.lookup("k1"))
                .hasValue(new Viewer(
                        Viewer.Role.AGENCY,
                        Set.of(SanctionDomain.FINANCING, SanctionDomain.PUBLIC_TENDERING),
                        "Bank A"));
        Viewer admin = keys.lookup("k2").orElseThrow();
        assertThat(admin.role()).isEqualTo(Viewer.Role.ADMIN);
        assertThat(admin.domains()).isEmpty();
        assertThat(admin.name()).startsWith("key ").doesNotContain("k2");
        assertThat(keys.lookup("k3")).isEmpty();
    }

    @Test
    void aKeysFileMayHoldHashesInsteadOfKeys() {
        String hash = ApiKeys.sha256("secret-key");
        ApiKeys keys = ApiKeys.parse("", "# agencies\nsha256:" + hash.toUpperCase() + "=AGENCY@Land Agency\n");
        assertThat(keys.lookup("secret-key").map(Viewer::name)).hasValue("Land Agency");
    }

    @Test
    void domainLimitsApplyToAgenciesOnly() {
        Viewer bank = ApiKeys.parse("k=AGENCY:FINANCING").lookup("k").orElseThrow();
        assertThat(bank.mayCheck(SanctionDomain.FINANCING)).isTrue();
        assertThat(bank.mayCheck(SanctionDomain.STATE_LAND)).isFalse();
        assertThat(Viewer.PUBLIC.mayCheck(SanctionDomain.STATE_LAND)).isTrue();
    }

    @Test
    void mistakesNameTheEntryButNeverTheKey() {
        assertThatThrownBy(() -> ApiKeys.parse("good=ADMIN;topsecret=KING"))
                .hasMessageContaining("entry 2")
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> ApiKeys.parse("topsecret=AGENCY:LOANS"))
                .hasMessageContaining("unknown domain 'LOANS'")
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> ApiKeys.parse("topsecret"))
                .hasMessageContaining("entry 1")
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> ApiKeys.parse("topsecret=PUBLIC")).hasMessageContaining("AGENCY or ADMIN");
    }
}
