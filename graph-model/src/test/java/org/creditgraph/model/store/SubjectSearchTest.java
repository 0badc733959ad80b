package org.creditgraph.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.creditgraph.model.Enterprise;
import org.creditgraph.model.Person;
import org.creditgraph.model.Subject;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectSearchTest {

    static final SubjectSearch search = new SubjectSearch(TestGraph.graph());

    @BeforeAll
    static void data() {
        TestGraph.clean();
        TestGraph.driver().executableQuery("""
                        UNWIND range(1, 25) AS i
                        CREATE (:Enterprise {uscc: '9162010' + right('00000000000' + i, 11), name: '甲矿业有限公司' + i,
                                formerNames: [], formerNamesText: ''})
                        WITH 1 AS one LIMIT 1
                        CREATE (:Enterprise {uscc: '91110000600037341L', name: '北京乙建设集团股份有限公司',
                                formerNames: ['北京乙建筑公司'], formerNamesText: '北京乙建筑公司'})
                        CREATE (:Person {key: 'k1', id: 'P1', name: '张三丰', maskedIdNumber: '110105********002X'})
                        """).execute();
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();
    }

    @Test
    void findsByChineseNamePartAndPagesWithKeysetCursors() {
        Page<Subject> first = search.search("矿业", PageRequest.of(10, null), Viewer.PUBLIC);
        assertThat(first.totalCount()).isEqualTo(25);
        assertThat(first.edges()).hasSize(10);
        assertThat(first.hasNextPage()).isTrue();
        Page<Subject> second = search.search("矿业", PageRequest.of(20, first.endCursor()), Viewer.PUBLIC);
        assertThat(second.edges()).hasSize(15);
        assertThat(second.hasNextPage()).isFalse();
        List<String> all = new java.util.ArrayList<>();
        first.edges().forEach(e -> all.add(e.node().id()));
        second.edges().forEach(e -> all.add(e.node().id()));
        assertThat(all).doesNotHaveDuplicates().hasSize(25);
    }

    @Test
    void pageAndTotalAreOneQueryAndTheTotalIsSkippedWhenNotAsked() {
        Graph graph = TestGraph.graph();
        SubjectSearch counted = new SubjectSearch(graph);
        Page<Subject> withTotal = counted.search("矿业", PageRequest.of(10, null), Viewer.PUBLIC, true);
        assertThat(graph.queryCount()).isEqualTo(1);
        Page<Subject> withoutTotal = counted.search("矿业", PageRequest.of(10, null), Viewer.PUBLIC, false);
        assertThat(graph.queryCount()).isEqualTo(2);
        assertThat(withTotal.totalCount()).isEqualTo(25);
        assertThat(withoutTotal.totalCount()).isEqualTo(-1);
        assertThat(withoutTotal.edges()).isEqualTo(withTotal.edges());
        assertThat(withoutTotal.hasNextPage()).isTrue();
        Page<Subject> none = counted.search("没有这个名字", PageRequest.of(10, null), Viewer.PUBLIC, true);
        assertThat(none.edges()).isEmpty();
        assertThat(none.totalCount()).isZero();
    }

    @Test
    void findsByFormerName() {
        Page<Subject> page = search.search("乙建筑", PageRequest.of(null, null), Viewer.PUBLIC);
        assertThat(page.edges()).extracting(e -> e.node().id()).containsExactly("91110000600037341L");
    }

    @Test
    void codePrefixRanksFirst() {
        Page<Subject> page = search.search("911100", PageRequest.of(null, null), Viewer.PUBLIC);
        assertThat(page.edges().getFirst().node()).isInstanceOf(Enterprise.class);
        assertThat(page.edges().getFirst().node().id()).isEqualTo("91110000600037341L");
    }

    @Test
    void d12_thePublicCannotFindAPersonByNameAgenciesCan() {
        Page<Subject> pub = search.search("张三丰", PageRequest.of(null, null), Viewer.PUBLIC);
        assertThat(pub.edges()).isEmpty();
        assertThat(pub.totalCount()).isZero();
        var agency = new Viewer(Viewer.Role.AGENCY, java.util.Set.of(), "bank");
        Page<Subject> full = search.search("张三丰", PageRequest.of(null, null), agency);
        assertThat(full.edges()).singleElement().satisfies(e -> assertThat(((Person) e.node()).name())
                .isEqualTo("张三丰"));
    }

    @Test
    void d12_theResolverGivesThePublicNoPersonForAFullName() {
        SubjectResolver resolver = new SubjectResolver(TestGraph.graph());
        assertThat(resolver.byExactNames(List.of("张三丰", "北京乙建筑公司"), Viewer.PUBLIC))
                .hasEntrySatisfying("张三丰", found -> assertThat(found).isEmpty())
                .hasEntrySatisfying(
                        "北京乙建筑公司",
                        found -> assertThat(found).extracting(Subject::id).containsExactly("91110000600037341L"));
        var agency = new Viewer(Viewer.Role.ADMIN, java.util.Set.of(), "ops");
        assertThat(resolver.byExactNames(List.of("张三丰"), agency).get("张三丰"))
                .extracting(Subject::id)
                .containsExactly("P1");
    }

    @Test
    void luceneSyntaxInTheTextIsEscaped() {
        // Operators and brackets are searched as text (and dropped by the analyzer), never parsed.
        Page<Subject> page = search.search("有限公司 AND (", PageRequest.of(null, null), Viewer.PUBLIC);
        assertThat(page.totalCount()).isEqualTo(26);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+",
                "-",
                "&&",
                "||",
                "!",
                "(",
                ")",
                "{",
                "}",
                "[",
                "]",
                "^",
                "\"",
                "~",
                "*",
                "?",
                ":",
                "\\",
                "/",
                "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /",
                "AND",
                "OR",
                "NOT",
                "AND OR NOT",
                "\"\"\"",
                "\\\"",
                "/.*/",
                "a:b",
                "name:*",
                "*:*",
                "\u0000"
            })
    void luceneOperatorsAloneFindNothingAndNeverFail(String text) {
        assertThat(search.search(text, PageRequest.of(null, null), Viewer.PUBLIC)
                        .edges())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"矿业", "矿业\"", "(矿业", "矿业)", "矿业*", "矿业~", "矿业^", "+矿业", "-矿业", "矿业\\", "矿业 &&"})
    void luceneSyntaxAroundAWordIsSearchedAsText(String text) {
        assertThat(search.search(text, PageRequest.of(null, null), Viewer.PUBLIC)
                        .totalCount())
                .isEqualTo(25);
    }

    @Test
    void aTextOfThousandsOfWordsIsRejectedAsBadInputNotSentToLucene() {
        String words = String.join(" ", java.util.Collections.nCopies(3_000, "矿业"));
        assertThatThrownBy(() -> search.search(words, PageRequest.of(null, null), Viewer.PUBLIC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than " + SubjectSearch.MAX_WORDS + " words");
        String hundred = String.join(" ", java.util.Collections.nCopies(SubjectSearch.MAX_WORDS, "矿业"));
        assertThat(search.search(hundred, PageRequest.of(null, null), Viewer.PUBLIC)
                        .totalCount())
                .isEqualTo(25);
    }

    @Test
    void foreignCursorIsRejected() {
        assertThatThrownBy(() -> search.search("矿业", PageRequest.of(5, "bm90LWEtY3Vyc29y"), Viewer.PUBLIC))
                .isInstanceOf(Cursor.InvalidCursorException.class);
    }
}
