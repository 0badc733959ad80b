package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResidentIdScrubberTest {

    static final String RAW = "11010519491231002X";
    static final String RAW_2 = "440524188001010014";

    @Test
    void d12_validNumberIsMaskedWithTheD12MaskedForm() {
        var result = ResidentIdScrubber.scrub(RAW);
        assertThat(result.text()).isEqualTo("110105********002X").isEqualTo(ResidentId.mask(RAW));
        assertThat(result.masked()).containsExactly("110105********002X");
        assertThat(result.changed()).isTrue();
    }

    @Test
    void d12_lowerCaseCheckCharacterIsMaskedUpperCase() {
        assertThat(ResidentIdScrubber.masked("11010519491231002x")).isEqualTo("110105********002X");
    }

    @Test
    void d1_wrongCheckDigitIsLeftAlone() {
        var result = ResidentIdScrubber.scrub("编号110105194912310021");
        assertThat(result.text()).isEqualTo("编号110105194912310021");
        assertThat(result.changed()).isFalse();
    }

    @Test
    void d1_impossibleBirthDateIsLeftAlone() {
        String feb30 = ResidentId.withCheckCharacter("11010519990230002");
        String month13 = ResidentId.withCheckCharacter("11010519991301002");
        assertThat(ResidentIdScrubber.masked("出生" + feb30)).isEqualTo("出生" + feb30);
        assertThat(ResidentIdScrubber.masked(month13)).isEqualTo(month13);
    }

    @Test
    void d1_leapDayBirthDateIsReal() {
        String leap = ResidentId.withCheckCharacter("11010520000229002");
        assertThat(ResidentIdScrubber.masked(leap)).isEqualTo(ResidentId.mask(leap));
        String notLeap = ResidentId.withCheckCharacter("11010519000229002");
        assertThat(ResidentIdScrubber.masked(notLeap)).isEqualTo(notLeap);
    }

    @Test
    void d12_embeddedInChineseTextIsMasked() {
        String facts = "当事人张三（身份证号码" + RAW + "）未取得特种作业操作证上岗作业。";
        assertThat(ResidentIdScrubber.masked(facts)).isEqualTo("当事人张三（身份证号码110105********002X）未取得特种作业操作证上岗作业。");
    }

    @Test
    void d12_twoNumbersInOneTextAreBothMasked() {
        var result = ResidentIdScrubber.scrub("对" + RAW + "、" + RAW_2 + "二人处以罚款");
        assertThat(result.text()).isEqualTo("对110105********002X、440524********0014二人处以罚款");
        assertThat(result.masked()).containsExactly("110105********002X", "440524********0014");
    }

    @Test
    void d12_adjacentLettersDoNotProtectANumber() {
        assertThat(ResidentIdScrubber.masked("ID" + RAW + "abc")).isEqualTo("ID110105********002Xabc");
    }

    @Test
    void d1_partOfA19DigitRunIsLeftAlone() {
        String before = "9" + "440524188001010014";
        String after = "440524188001010014" + "7";
        assertThat(ResidentIdScrubber.masked(before)).isEqualTo(before);
        assertThat(ResidentIdScrubber.masked("账号" + after + "号")).isEqualTo("账号" + after + "号");
        // a 17-digit run is too short
        assertThat(ResidentIdScrubber.masked("44052418800101001")).isEqualTo("44052418800101001");
    }

    @Test
    void d12_digitsInsideAHexDigestAreLeftAlone() {
        String digest = "sha256:ab" + RAW_2 + "cdef0123456789abcdef0123456789abcdef";
        assertThat(ResidentIdScrubber.masked(digest)).isEqualTo(digest);
        String listingKey = "BLACKLIST|9f" + RAW_2 + "e3a1b2c3d4e5f60718293a4b5c6d7e8f9|2023-10-10";
        assertThat(ResidentIdScrubber.masked(listingKey)).isEqualTo(listingKey);
        String personId = "Pab" + RAW_2 + "cdef";
        assertThat(ResidentIdScrubber.masked(personId)).isEqualTo(personId);
        // short hex-like neighbours are text, not a digest
        assertThat(ResidentIdScrubber.masked("ab" + RAW_2 + "cd")).isEqualTo("ab440524********0014cd");
    }

    @Test
    void d1_fullWidthDigitsAreMaskedAsTheFoldedNumber() {
        String fullWidth = "１１０１０５１９４９１２３１００２Ｘ";
        assertThat(ResidentIdScrubber.masked("证件号：" + fullWidth + "。")).isEqualTo("证件号：110105********002X。");
        // and after the loader's folding (NFKC) the same
        assertThat(ResidentIdScrubber.masked(TextNormaliser.fold("证件号：" + fullWidth)))
                .isEqualTo("证件号:110105********002X");
    }

    @Test
    void d12_textWithoutNumbersIsReturnedAsIs() {
        assertThat(ResidentIdScrubber.scrub(null).text()).isNull();
        assertThat(ResidentIdScrubber.scrub("").changed()).isFalse();
        assertThat(ResidentIdScrubber.masked("依据《安全生产法》第九十九条")).isEqualTo("依据《安全生产法》第九十九条");
    }

    @Test
    void d1_residentIdRatherThanUsccWhenItFailsTheUsccCheck() {
        assertThat(Uscc.check(RAW).valid()).isFalse();
        assertThat(ResidentIdScrubber.isResidentIdRatherThanUscc(RAW)).isTrue();
        assertThat(ResidentIdScrubber.isResidentIdRatherThanUscc(RAW_2)).isTrue();
        assertThat(ResidentIdScrubber.isResidentIdRatherThanUscc("91110000600037341L"))
                .isFalse();
        assertThat(ResidentIdScrubber.isResidentIdRatherThanUscc("110105194912310021"))
                .isFalse();
    }

    @Test
    void d1_numberValidUnderBothRulesIsAResidentIdOnlyWithAProvinceAndABirthYear() {
        // 91 (工商, 企业) is no province: a USCC that happens to pass the resident ID check
        assertThat(Uscc.check("910000194912310590").valid()).isTrue();
        assertThat(ResidentIdScrubber.isResidentId("910000194912310590")).isTrue();
        assertThat(ResidentIdScrubber.isResidentIdRatherThanUscc("910000194912310590"))
                .isFalse();
        assertThat(ResidentIdScrubber.masked("代码910000194912310590")).isEqualTo("代码910000194912310590");
        // 11 is 北京: taken as the resident ID it looks like
        assertThat(Uscc.check("11000019491231017X").valid()).isTrue();
        assertThat(ResidentIdScrubber.isResidentIdRatherThanUscc("11000019491231017X"))
                .isTrue();
        assertThat(ResidentIdScrubber.masked("代码11000019491231017X")).isEqualTo("代码110000********017X");
    }
}
