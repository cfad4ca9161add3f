package id.pita.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code pita export} writes what {@code pita import} reads back to the same district. */
class DistrictWriterTest {
    @ParameterizedTest
    @ValueSource(strings = {"paser", "kotawaringin-timur"})
    void aWrittenDistrictReadsBackEqual(String demo) {
        var district = DistrictFiles.demo(demo);
        var text = DistrictWriter.write(district);
        var back = DistrictFile.load(demo + "-export.yaml", new StringReader(text));
        assertThat(back).isEqualTo(district);
        assertThat(text).contains("secret: " + district.gateways().get(0).secret()).contains("  mon:");
    }
}
