package org.creditgraph.model.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTest {

    private final Regions regions = Regions.standard();

    @Test
    void namesOfRegionCodesArePrefectureAndProvince() {
        assertThat(regions.nameOf("620102")).contains("甘肃省兰州市");
        assertThat(regions.nameOf("6201")).contains("甘肃省兰州市");
        assertThat(regions.nameOf("62")).contains("甘肃省");
        assertThat(regions.nameOf("110105")).contains("北京市");
        assertThat(regions.nameOf("990000")).isEmpty();
        assertThat(regions.nameOf("B0610")).isEmpty();
        assertThat(regions.nameOf(null)).isEmpty();
    }
}
