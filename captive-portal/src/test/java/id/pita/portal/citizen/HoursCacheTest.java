package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HoursCacheTest {
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Instant NOON = Instant.parse("2026-11-23T04:00:00Z");
    private static final Instant CLOSES = NOON.plusSeconds(30);

    private final AtomicInteger asked = new AtomicInteger();
    private final HotspotHours source = (site, now) -> {
        asked.incrementAndGet();
        boolean open = now.isBefore(CLOSES);
        return new OpenHours(open, open ? CLOSES.atZone(WITA) : null, "WITA");
    };
    private final HoursCache cache = new HoursCache(source, Duration.ofMinutes(1));

    @Test
    void reusesTheAnswerUntilTheNextChangeThenAsksAgain() {
        assertThat(cache.at(site("taman"), NOON).open()).isTrue();
        assertThat(cache.at(site("taman"), CLOSES.minusMillis(1)).open()).isTrue();
        assertThat(asked).hasValue(1);

        assertThat(cache.at(site("taman"), CLOSES).open()).isFalse();
        assertThat(asked).hasValue(2);
    }

    @Test
    void asksAgainAfterTheMaximumAgeAndWhenTheClockGoesBack() {
        var later = CLOSES.plusSeconds(1);
        cache.at(site("taman"), later);
        cache.at(site("taman"), later.plusSeconds(59));
        assertThat(asked).hasValue(1);

        cache.at(site("taman"), later.plusSeconds(60));
        assertThat(asked).hasValue(2);
        cache.at(site("taman"), later);
        assertThat(asked).hasValue(3);
    }

    @Test
    void keepsEachHotspotApart() {
        cache.at(site("taman"), NOON);
        cache.at(site("pasar"), NOON);
        cache.at(site("taman"), NOON);
        assertThat(asked).hasValue(2);
    }

    private static Site site(String code) {
        return new Site(code, code, SiteKind.HOTSPOT, "Tanah Grogot", Bandwidth.ZERO, Bandwidth.mbps(20, 5), 10, false);
    }
}
