package org.creditgraph.api.receipt;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.check.Verdict;

/**
 * D8: what a check receipt states, as JWT claims: {@code iss} "creditgraph", {@code jti} the
 * receipt id, {@code iat}, {@code sub} the subject code (a USCC or an opaque person id, never a raw
 * ID number), {@code domain}, {@code asOf}, {@code verdict}, {@code subjectFound}, {@code evidence}
 * (the ids of the records the verdict rests on), {@code dataVersion} and {@code caller}.
 */
public record Receipt(
        String receiptId,
        Instant issuedAt,
        String subjectCode,
        SanctionDomain domain,
        LocalDate asOf,
        Verdict verdict,
        boolean subjectFound,
        List<String> evidence,
        String dataVersion,
        String caller) {

    public static final String ISSUER = "creditgraph";

    public Receipt {
        Objects.requireNonNull(receiptId, "receiptId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(subjectCode, "subjectCode");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(verdict, "verdict");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .jwtID(receiptId)
                .issueTime(Date.from(issuedAt))
                .subject(subjectCode)
                .claim("domain", domain.name())
                .claim("asOf", asOf.toString())
                .claim("verdict", verdict.name())
                .claim("subjectFound", subjectFound)
                .claim("evidence", evidence)
                .claim("dataVersion", dataVersion)
                .claim("caller", caller)
                .build();
    }

    /** The receipt a verified token states; an {@link IllegalArgumentException} names what is missing or wrong. */
    static Receipt of(JWTClaimsSet claims) {
        if (!ISSUER.equals(claims.getIssuer())) {
            throw new IllegalArgumentException("issuer is not " + ISSUER);
        }
        try {
            Boolean found = claims.getBooleanClaim("subjectFound");
            return new Receipt(
                    required(claims.getJWTID(), "jti"),
                    required(claims.getIssueTime(), "iat").toInstant(),
                    required(claims.getSubject(), "sub"),
                    SanctionDomain.valueOf(required(claims.getStringClaim("domain"), "domain")),
                    LocalDate.parse(required(claims.getStringClaim("asOf"), "asOf")),
                    Verdict.valueOf(required(claims.getStringClaim("verdict"), "verdict")),
                    required(found, "subjectFound"),
                    required(claims.getStringListClaim("evidence"), "evidence"),
                    claims.getStringClaim("dataVersion"),
                    claims.getStringClaim("caller"));
        } catch (ParseException | DateTimeParseException e) {
            throw new IllegalArgumentException("a claim has the wrong type: " + e.getMessage());
        }
    }

    private static <T> T required(T value, String claim) {
        if (value == null) {
            throw new IllegalArgumentException("claim " + claim + " is missing");
        }
        return value;
    }
}
