package org.creditgraph.loaders.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.creditgraph.loaders.source.UnusableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingTest {

    @TempDir
    Path dir;

    @Test
    void shippedMappingsLoadByName() throws Exception {
        for (String name : Mapping.SHIPPED) {
            Mapping mapping = Mapping.load(name);
            assertThat(mapping.kind()).contains("listings");
            assertThat(mapping.headers()).isNotEmpty();
        }
        Mapping gansu = Mapping.load("gansu-work-safety-blacklist.yaml");
        assertThat(gansu.rule("单位名 称"))
                .get()
                .extracting(Mapping.HeaderRule::target)
                .asString()
                .contains("主体名称");
        assertThat(gansu.rule("序 1=1"))
                .get()
                .extracting(Mapping.HeaderRule::target)
                .isEqualTo(java.util.Optional.empty());
        assertThat(gansu.defaults()).containsEntry("名单类型", "黑名单").containsEntry("主体类别", "法人");
        assertThat(Mapping.load("worldbank-debarment").keyColumnsOptional()).containsExactly("code");
    }

    @Test
    void unknownNameListsTheShippedOnes() {
        assertThatThrownBy(() -> Mapping.load("no-such-mapping"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("gansu-work-safety-blacklist")
                .hasMessageContaining("worldbank-debarment");
    }

    @Test
    void loadsAFileAndAppliesValueRules() throws Exception {
        Path file = dir.resolve("m.yaml");
        Files.writeString(file, """
                headers:
                  "名 称": name
                defaults:
                  listed_on: 2018-08-01
                  fine: 12
                values:
                  code:
                    removeWhitespace: true
                    regexReplace:
                      - {pattern: '[(（].*$', replacement: ''}
                    replace:
                      无: ''
                      ９１: "91"
                """);
        Mapping mapping = Mapping.load(file.toString());
        assertThat(mapping.source()).isEqualTo(file.toString());
        assertThat(mapping.rule("名称")).isPresent();
        assertThat(mapping.defaults()).containsEntry("listed_on", "2018-08-01").containsEntry("fine", "12");
        ValueRules code = mapping.values().get("code");
        assertThat(code.apply("150724600 119846 (工商营业执照注册号)")).isEqualTo("150724600119846");
        assertThat(code.apply("无")).isEmpty();
        assertThat(code.apply("91")).isEqualTo("91");
    }

    @Test
    void rejectsMalformedMappings() {
        assertThatThrownBy(() -> Mapping.parse("header: {a: b}", "m"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("unknown key 'header'");
        assertThatThrownBy(() -> Mapping.parse("values: {code: {regexReplace: [{pattern: '('}]}}", "m"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("not a valid regex");
        assertThatThrownBy(() -> Mapping.parse("headers: [a, b]", "m"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("headers must be a map");
        assertThatThrownBy(() -> Mapping.parse("headers: {a: b", "m"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> Mapping.parse("headers: {\"单位 名称\": a, 单位名称: b}", "m"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("are the same");
    }
}
