package org.creditgraph.model.matching;

import java.util.List;

/** What the graph says about an enterprise that may be the subject of a name: the scorer's evidence. */
public record MatchCandidate(String uscc, String name, List<String> formerNames, String regionCode) {

    public MatchCandidate {
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
    }
}
