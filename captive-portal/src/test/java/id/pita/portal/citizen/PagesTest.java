package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.i18n.Lang;
import id.pita.portal.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class PagesTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Pontianak");
    /** 10.00 WIB. */
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private final Pages pages = new Pages(Messages.load());

    @Test
    void hoursLineSaysTodayTomorrowOrTheDateInTheDistrictsZone() {
        var today = new OpenHours(false, ZonedDateTime.of(2026, 11, 23, 16, 0, 0, 0, WIB), "WIB");
        var tomorrow = new OpenHours(true, ZonedDateTime.of(2026, 11, 24, 7, 30, 0, 0, WIB), "WIB");
        var later = new OpenHours(false, ZonedDateTime.of(2026, 11, 28, 16, 0, 0, 0, WIB), "WIB");

        assertThat(pages.hoursLine(Lang.ID, today, NOW)).isEqualTo("Tutup sekarang. Buka pukul 16.00 WIB");
        assertThat(pages.hoursLine(Lang.ID, tomorrow, NOW)).isEqualTo("Buka sampai besok pukul 07.30 WIB");
        assertThat(pages.hoursLine(Lang.EN, tomorrow, NOW)).isEqualTo("Open until 07:30 WIB tomorrow");
        assertThat(pages.hoursLine(Lang.ID, later, NOW)).isEqualTo("Tutup sekarang. Buka tanggal 28/11 pukul 16.00 WIB");
    }

    @Test
    void hoursLineWithoutAChange() {
        assertThat(pages.hoursLine(Lang.ID, new OpenHours(true, null, "WITA"), NOW)).isEqualTo("Buka 24 jam");
        assertThat(pages.hoursLine(Lang.ID, new OpenHours(false, null, "WITA"), NOW)).isEqualTo("Tutup sekarang.");
    }

    @Test
    void allowanceIsWrittenTheIndonesianWay() {
        assertThat(pages.duration(Lang.ID, 2 * 3600 + 15 * 60)).isEqualTo("2 jam 15 menit");
        assertThat(pages.bytes(Lang.ID, 1_250_000_000L)).isEqualTo("1,3 GB");
        assertThat(pages.bytes(Lang.EN, 1_250_000_000L)).isEqualTo("1.3 GB");
        assertThat(pages.bytes(Lang.ID, 300_000_000L)).isEqualTo("300 MB");
        assertThat(pages.bytes(Lang.ID, DeviceAllowance.UNLIMITED)).isEqualTo("Tanpa batas");
    }

    @Test
    void statusOfAThrottledDeviceSaysSoInBahasaIndonesiaAndInEnglish() {
        var throttled = new DeviceAllowance(true, 3600, 0, 256_000, "00.00 WITA");
        assertThat(pages.status(Lang.ID, throttled, "", null))
                .contains("Kuota harian habis: kecepatan dibatasi 256 kbit/s sampai kuota direset pukul 00.00 WITA.");
        assertThat(pages.status(Lang.EN, throttled, "", null))
                .contains("Daily quota used up: your speed is limited to 256 kbit/s until the quota resets at 00.00 WITA.");
        assertThat(pages.status(Lang.ID, new DeviceAllowance(true, 3600, 0), "", null)).doesNotContain("dibatasi");
    }
}
