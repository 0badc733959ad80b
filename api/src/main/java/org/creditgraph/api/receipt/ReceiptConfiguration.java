package org.creditgraph.api.receipt;

import java.nio.file.Path;
import org.creditgraph.api.config.CreditGraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * D8: the receipt key comes from {@code creditgraph.receipts.key-file} (CREDITGRAPH_RECEIPT_KEY_FILE)
 * when set, else from the data dir, where it is created on first start. The data dir holds it also
 * when the graph is an external Neo4j (NEO4J_URI). Several instances against one cluster need the
 * one key file (issue 8): a receipt verifies only against the key that signed it.
 */
@Configuration(proxyBeanMethods = false)
public class ReceiptConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReceiptConfiguration.class);

    @Bean
    ReceiptSigner receiptSigner(
            CreditGraphProperties properties, @Value("${creditgraph.receipts.key-file:}") String keyFile) {
        if (keyFile.isBlank() && !properties.embedded()) {
            log.warn(
                    "Receipts are signed with this instance's own key ({}): other instances against the same"
                            + " Neo4j cannot verify them; give all of them one CREDITGRAPH_RECEIPT_KEY_FILE",
                    ReceiptKeyFile.in(properties.dataDir()));
        }
        return new ReceiptSigner(
                keyFile.isBlank()
                        ? ReceiptKeyFile.loadOrCreate(properties.dataDir())
                        : ReceiptKeyFile.read(Path.of(keyFile.strip())));
    }

    @Bean
    ReceiptVerifier receiptVerifier(ReceiptSigner signer) {
        return new ReceiptVerifier(signer.publicKeys());
    }
}
