package id.pita.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalFormatTest {
    private static final ZoneId PASER = ZoneId.of("Asia/Makassar");
    private static final ZoneId SAMPIT = ZoneId.of("Asia/Pontianak");
    private static final LocalFormat ID = LocalFormat.indonesian(PASER);
    private static final LocalFormat EN = LocalFormat.english(PASER);
    /** Monday 7 December 2026, 16:00 WITA. */
    private static final Instant SWITCH = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void ratesUseDecimalCommaAndAUnitThatKeepsThemShort() {
        assertThat(ID.rate(29_702_970)).isEqualTo("29,7 Mbps");
        assertThat(EN.rate(29_702_970)).isEqualTo("29.7 Mbps");
        assertThat(ID.rate(142_119_970)).isEqualTo("142 Mbps");
        assertThat(ID.rate(200_000_000)).isEqualTo("200 Mbps");
        assertThat(ID.rate(1_000_000_000)).isEqualTo("1 Gbps");
        assertThat(ID.rate(2_500_000)).isEqualTo("2,5 Mbps");
        assertThat(ID.rate(950_000)).isEqualTo("950 kbps");
        assertThat(ID.rate(512)).isEqualTo("512 bps");
        assertThat(ID.rate(0)).isEqualTo("0 bps");
        assertThat(ID.rate(999_600)).isEqualTo("1 Mbps");
    }

    @Test
    void downAndUpShareTheUnitWhenTheyCan() {
        assertThat(ID.rates(new Bandwidth(29_702_970, 30_099_010))).isEqualTo("29,7 / 30,1 Mbps");
        assertThat(ID.rates(new Bandwidth(29_702_970, 950_000))).isEqualTo("29,7 Mbps / 950 kbps");
        assertThat(ID.mbps(29_702_970)).isEqualTo("29,7 Mbps");
    }

    @Test
    void numbersGroupThousandsTheLocalWay() {
        assertThat(ID.number(108_674.38, 1)).isEqualTo("108.674,4");
        assertThat(EN.number(108_674.38, 1)).isEqualTo("108,674.4");
        assertThat(ID.integer(1_250)).isEqualTo("1.250");
        assertThat(ID.integer(999)).isEqualTo("999");
        assertThat(ID.integer(-1_250_000)).isEqualTo("-1.250.000");
        assertThat(ID.number(-0.001, 1)).isEqualTo("0,0");
    }

    @Test
    void moneyIsRupiahWithThousandsDots() {
        assertThat(ID.rupiah(1_250)).isEqualTo("Rp 1.250");
        assertThat(ID.rupiah(43_073_609.4)).isEqualTo("Rp 43.073.609");
        assertThat(EN.rupiah(1_250)).isEqualTo("Rp 1,250");
    }

    @Test
    void percentAndSizes() {
        assertThat(ID.percent(0.297)).isEqualTo("29,7%");
        assertThat(ID.percent(0.7)).isEqualTo("70%");
        assertThat(EN.percent(0.125)).isEqualTo("12.5%");
        assertThat(ID.gigabytes(1_250_000_000)).isEqualTo("1,25 GB");
        assertThat(ID.gigabytes(4_200_000)).isEqualTo("4,2 MB");
        assertThat(ID.gigabytes(0)).isEqualTo("0,00 GB");
    }

    @Test
    void datesAndTimesInTheDistrictZoneWithItsIndonesianName() {
        assertThat(ID.dateTime(SWITCH)).isEqualTo("Senin, 7 Desember 2026 pukul 16.00 WITA");
        assertThat(EN.dateTime(SWITCH)).isEqualTo("Monday, 7 December 2026 at 16:00 WITA");
        assertThat(LocalFormat.indonesian(SAMPIT).dateTime(SWITCH)).isEqualTo("Senin, 7 Desember 2026 pukul 15.00 WIB");
        assertThat(LocalFormat.indonesian(ZoneId.of("Asia/Jayapura")).time(SWITCH)).isEqualTo("17.00 WIT");
        assertThat(LocalFormat.indonesian(ZoneId.of("UTC")).time(SWITCH)).isEqualTo("08.00 UTC");
        assertThat(ID.month(YearMonth.of(2026, 11))).isEqualTo("November 2026");
        assertThat(ID.date(LocalDate.of(2026, 8, 17))).isEqualTo("Senin, 17 Agustus 2026");
    }

    @Test
    void whenSaysTodayOrTomorrowBeforeFallingBackToTheFullDate() {
        var morning = Instant.parse("2026-12-07T01:00:00Z");
        assertThat(ID.when(SWITCH, morning)).isEqualTo("pukul 16.00 WITA");
        assertThat(ID.when(SWITCH.plus(Duration.ofHours(15).plusMinutes(30)), SWITCH))
                .isEqualTo("besok pukul 07.30 WITA");
        assertThat(EN.when(SWITCH.plus(Duration.ofDays(3)), morning)).isEqualTo("Thursday, 10 December 2026 at 16:00 WITA");
    }

    @Test
    void durationsLeaveOutZeroParts() {
        assertThat(ID.duration(Duration.ofMinutes(2 * 1440 + 6 * 60 + 5))).isEqualTo("2 hari 6 jam 5 menit");
        assertThat(EN.duration(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
        assertThat(ID.duration(Duration.ofHours(3))).isEqualTo("3 jam");
        assertThat(ID.duration(Duration.ZERO)).isEqualTo("0 menit");
    }
}
