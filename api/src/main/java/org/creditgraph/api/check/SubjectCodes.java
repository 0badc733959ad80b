package org.creditgraph.api.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.rules.ResidentId;
import org.creditgraph.model.rules.TextNormaliser;

/**
 * D8/D12: receipts and the audit log name a subject the graph does not know by what was asked,
 * (full-width folded), but never by a raw ID number: every valid resident ID number in it becomes
 * the opaque person id a look-up by that number would give.
 */
final class SubjectCodes {

    private static final Pattern ID_NUMBER_LIKE = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");

    private final PersonIdentity identity;

    SubjectCodes(PersonIdentity identity) {
        this.identity = identity;
    }

    String withoutIdNumbers(String asked) {
        String whole = ResidentId.normalise(asked);
        if (ResidentId.problem(whole).isEmpty()) {
            return identity.of(whole).id();
        }
        Matcher m = ID_NUMBER_LIKE.matcher(TextNormaliser.fold(asked));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = ResidentId.normalise(m.group());
            String replacement =
                    ResidentId.problem(number).isEmpty() ? identity.of(number).id() : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
