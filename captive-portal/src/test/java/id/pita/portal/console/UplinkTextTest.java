package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.core.format.LocalFormat;
import id.pita.engine.uplink.UplinkStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The uplink sentences by the one formatter, in the district's zone. */
class UplinkTextTest {
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final Instant AT_1005 = Instant.parse("2026-11-23T02:05:00Z");
    static final Instant NOW = Instant.parse("2026-11-23T02:30:00Z");
    static final Bandwidth GIGA = Bandwidth.mbps(1000, 1000);

    private static UplinkStatus measured(Bandwidth effective, boolean up) {
        return new UplinkStatus(UplinkStatus.Reading.MEASURED, GIGA, effective, up, AT_1005, Bandwidth.ZERO,
                Optional.of(NOW), Optional.empty());
    }

    @Test
    void saysTheIssuesSentenceInBahasaIndonesiaAndEnglish() {
        var s = measured(Bandwidth.mbps(420, 420), true);
        assertThat(UplinkText.sentence(s, 100, LocalFormat.indonesian(WITA), NOW)).hasValue(
                "Kapasitas internet sedang turun: 420 dari 1.000 Mbps sejak pukul 10.05 WITA");
        assertThat(UplinkText.sentence(s, 100, LocalFormat.english(WITA), NOW)).hasValue(
                "Internet capacity is reduced: 420 of 1,000 Mbps since 10:05 WITA");
        assertThat(UplinkText.figure(s, 100, LocalFormat.indonesian(WITA))).isEqualTo("420 / 1.000 Mbps");
    }

    @Test
    void aDownLinkNamesTheBackupAndTheDashboardShowsIt() {
        var s = measured(Bandwidth.ZERO, false);
        assertThat(UplinkText.sentence(s, 100, LocalFormat.indonesian(WITA), NOW)).hasValue(
                "Jaringan internet utama terputus sejak pukul 10.05 WITA; memakai jalur cadangan 100 Mbps");
        assertThat(UplinkText.figure(s, 100, LocalFormat.english(WITA))).isEqualTo("100 / 1,000 Mbps");
    }

    @Test
    void saysNothingAtContractOrWhenNotMeasuredOrUnknown() {
        assertThat(UplinkText.sentence(measured(GIGA, true), 100, LocalFormat.indonesian(WITA), NOW)).isEmpty();
        var unknown = new UplinkStatus(UplinkStatus.Reading.UNKNOWN, GIGA, GIGA, true, AT_1005, Bandwidth.ZERO,
                Optional.empty(), Optional.of("timeout"));
        assertThat(UplinkText.sentence(unknown, 100, LocalFormat.indonesian(WITA), NOW)).isEmpty();
        assertThat(UplinkText.reading(unknown, LocalFormat.indonesian(WITA), NOW)).contains("tidak menjawab SNMP");
    }
}
