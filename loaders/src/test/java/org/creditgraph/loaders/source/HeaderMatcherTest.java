package org.creditgraph.loaders.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgraph.loaders.kind.Column;
import org.creditgraph.loaders.kind.Kind;
import org.junit.jupiter.api.Test;

class HeaderMatcherTest {

    private final HeaderMatcher penalties = new HeaderMatcher(Kind.PENALTIES);

    @Test
    void matchesTheVariantsOfAHeader() {
        for (String header : List.of(
                "罚款金额（万元）",
                "罚款金额(万元)",
                "fine_wan",
                "FINE_WAN",
                "罚款金额(万元)(fine_wan)",
                "罚款金额（万元）（fine_wan）",
                " 罚款 金额 （万元） ",
                "罚款金\n额(万元)",
                "*罚款金额（万元）")) {
            assertThat(penalties.column(header)).as(header).map(Column::en).contains("fine_wan");
        }
        assertThat(penalties.column("行政相对人代码_1（统一社会信用代码）")).map(Column::en).contains("uscc");
        assertThat(penalties.column("罚款")).isEmpty();
    }

    @Test
    void layoutNamesUnknownHeadersAndFeedsColumns() throws Exception {
        List<String> headers = List.of("序号", "行政处罚决定书文号", "处罚机关统一社会信用代码(authority_uscc)", "fine_wan", "备 注", "");
        ColumnLayout layout = penalties.match("p.csv", headers, Optional.empty(), Set.of());
        assertThat(layout.unknownHeaders()).containsExactly("序号");
        assertThat(layout.target(0)).isEmpty();
        assertThat(layout.target(1)).contains("decision_no");
        assertThat(layout.target(2)).contains("authority_uscc");
        assertThat(layout.column(3)).map(Column::zh).contains("罚款金额(万元)");
        assertThat(layout.target(4)).contains("remarks");
        assertThat(layout.sources().keySet()).containsExactly("decision_no", "fine_wan", "authority_uscc", "remarks");
    }

    @Test
    void missingKeyColumnIsUnusableAndNamed() {
        List<String> headers = List.of("行政相对人名称", "行政处罚决定书文号");
        assertThatThrownBy(() -> penalties.match("p.csv", headers, Optional.empty(), Set.of()))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("missing key column")
                .hasMessageContaining("处罚机关统一社会信用代码(authority_uscc)")
                .hasMessageNotContaining("行政处罚决定书文号(decision_no)");
    }

    @Test
    void suppliedColumnCountsAsPresent() throws Exception {
        List<String> headers = List.of("行政处罚决定书文号");
        ColumnLayout layout = penalties.match("p.csv", headers, Optional.empty(), Set.of("authority_uscc"));
        assertThat(layout.feeds("authority_uscc")).isFalse();
        assertThat(layout.unknownHeaders()).isEmpty();
    }

    @Test
    void enterprisesNeedTheName() {
        HeaderMatcher enterprises = new HeaderMatcher(Kind.ENTERPRISES);
        assertThatThrownBy(() -> enterprises.match("e.csv", List.of("uscc"), Optional.empty(), Set.of()))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("企业名称(name)");
    }

    @Test
    void aSecondColumnForTheSameTargetIsReportedNotUsed() throws Exception {
        HeaderMatcher enterprises = new HeaderMatcher(Kind.ENTERPRISES);
        ColumnLayout layout =
                enterprises.match("e.csv", List.of("统一社会信用代码", "企业名称", "uscc"), Optional.empty(), Set.of());
        assertThat(layout.sources().get("uscc")).containsExactly(0);
        assertThat(layout.unknownHeaders()).containsExactly("uscc (duplicate of an earlier column)");
    }
}
