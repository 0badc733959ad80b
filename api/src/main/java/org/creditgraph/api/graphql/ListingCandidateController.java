package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Subject;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.ListingCriteria;
import org.creditgraph.model.store.Cursor;
import org.creditgraph.model.store.ListingCandidateStore;
import org.creditgraph.model.store.Page;
import org.creditgraph.model.store.PageRequest;
import org.creditgraph.model.store.SubjectResolver;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code listingCandidates} (D9), the regulators' worklist: ADMIN callers only. */
@Controller
public class ListingCandidateController {

    private final ListingCandidateStore candidates;
    private final SubjectResolver subjects;

    public ListingCandidateController(ListingCandidateStore candidates, SubjectResolver subjects) {
        this.candidates = candidates;
        this.subjects = subjects;
    }

    /** GraphQL {@code ListingCandidate}. */
    public record ListingCandidateView(
            Subject subject, List<String> criteria, List<ListingCriteria.Criterion> records) {}

    @QueryMapping
    public Map<String, Object> listingCandidates(
            @Argument LocalDate asOf, @Argument Integer first, @Argument String after, GraphQLContext context) {
        return page(Callers.of(context), asOf, PageRequest.of(first, after));
    }

    Map<String, Object> page(Viewer viewer, LocalDate asOf, PageRequest request) {
        if (viewer.role() != Viewer.Role.ADMIN) {
            throw new ApiException(ErrorCode.FORBIDDEN, "listingCandidates is for ADMIN callers (regulators)");
        }
        LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String afterId = request.after() == null
                ? null
                : Cursor.decode(request.after(), 1).getFirst();
        List<ListingCandidateStore.Candidate> all = candidates.candidates(date);
        List<ListingCandidateStore.Candidate> rest = all.stream()
                .filter(c -> afterId == null || c.subjectId().compareTo(afterId) > 0)
                .toList();
        List<ListingCandidateStore.Candidate> slice = rest.subList(0, Math.min(request.first(), rest.size()));
        Map<String, Subject> found = subjects.byIds(
                slice.stream()
                        .filter(c -> c.kind() == org.creditgraph.model.SubjectKind.ENTERPRISE)
                        .map(ListingCandidateStore.Candidate::subjectId)
                        .toList(),
                slice.stream()
                        .filter(c -> c.kind() == org.creditgraph.model.SubjectKind.PERSON)
                        .map(ListingCandidateStore.Candidate::subjectId)
                        .toList(),
                viewer);
        List<Page.Edge<ListingCandidateView>> edges = new ArrayList<>();
        for (ListingCandidateStore.Candidate c : slice) {
            edges.add(new Page.Edge<>(
                    Cursor.encode(List.of(c.subjectId())),
                    new ListingCandidateView(
                            found.get(c.subjectId()),
                            c.criteria().stream()
                                    .map(ListingCriteria.Criterion::code)
                                    .toList(),
                            c.criteria())));
        }
        return Connections.of(new Page<>(edges, rest.size() > slice.size(), all.size()));
    }
}
