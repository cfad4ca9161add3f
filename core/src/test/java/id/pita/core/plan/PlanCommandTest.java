package id.pita.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.config.DistrictFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan command as a person uses it: options in, table out, exit code. */
class PlanCommandTest {
    /** Monday 23 November 2026, 10:00 WITA. */
    static final Clock MONDAY_TEN_WITA = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    record Result(int code, String out, String err) {
    }

    static Result run(Clock clock, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = PlanCommand.run(request(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The request the CLI would build from {@code --name value} pairs (the CLI's own parsing is tested there). */
    static PlanCommand.Request request(String... args) {
        var named = new java.util.HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            named.put(args[i], args[i + 1]);
        }
        return new PlanCommand.Request(named.get("--district"), java.util.Optional.ofNullable(named.get("--at")),
                "en".equals(named.get("--lang")) ? Lang.EN : Lang.ID,
                "csv".equals(named.get("--format")) ? PlanCommand.Format.CSV : PlanCommand.Format.TABLE);
    }

    static Result run(String... args) {
        return run(MONDAY_TEN_WITA, args);
    }

    @Test
    void paserOnMondayAtTenIsOfficeHoursUntilFourWita() {
        var r = run("--district", "paser", "--at", "2026-11-23T10:00");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Kabupaten Paser (paser)")
                .containsPattern("Waktu +Senin, 23 November 2026 pukul 10\\.00 WITA\n")
                .containsPattern("Rezim +Jam kerja\n")
                .containsPattern("Keterangan +Jam kerja\n")
                .containsPattern("Batas berikutnya +Senin, 23 November 2026 pukul 16\\.00 WITA, lalu Di luar jam kerja "
                        + "\\(dalam 6 jam\\)\n");
    }

    @Test
    void paserAtHalfPastFourIsAfterHoursAndHotspotsGetMostOfThePool() {
        var r = run("--at", "2026-11-23 16:30");
        assertThat(r.out()).containsPattern("Rezim +Di luar jam kerja\n")
                .containsPattern("Batas berikutnya +Selasa, 24 November 2026 pukul 07\\.30 WITA, lalu Jam kerja");
        var csv = PlanCsvRows.parse(run("--at", "2026-11-23 16:30", "--format", "csv").out());
        long pool = csv.pool().rateDown();
        long hotspots = csv.cls("hotspot").rateDown();
        assertThat(hotspots).isGreaterThan(pool / 2).isGreaterThan(csv.cls("office").rateDown());
        // Hotspots want only 12 x 20M up: they get all of it, the offices the rest.
        assertThat(csv.sites("hotspot")).allSatisfy(s -> assertThat(s.rateUp()).isEqualTo(s.ceilingUp()));
        // Always-on offices keep their guarantee after hours.
        assertThat(csv.site("rsud-panglima-sebaya").rateDown()).isGreaterThanOrEqualTo(50_000_000);
    }

    @Test
    void timeOfDayIsOnTheDistrictsDateNotTheUtcDate() {
        // 17:00 UTC on Sunday 22 November is already 01:00 on Monday 23 November in Paser.
        var sundayUtc = Clock.fixed(Instant.parse("2026-11-22T17:00:00Z"), ZoneOffset.UTC);
        var r = run(sundayUtc, "--at", "10:00");
        assertThat(r.out()).containsPattern("Waktu +Senin, 23 November 2026 pukul 10\\.00 WITA\n")
                .containsPattern("Rezim +Jam kerja\n");
        assertThat(run(sundayUtc).out()).containsPattern("Waktu +Senin, 23 November 2026 pukul 01\\.00 WITA\n")
                .containsPattern("Rezim +Di luar jam kerja\n");
    }

    @Test
    void withoutAtItPlansForNowFromTheClock() {
        assertThat(run().out()).containsPattern("Waktu +Senin, 23 November 2026 pukul 10\\.00 WITA\n");
    }

    @Test
    void kotawaringinTimurPlansInWib() {
        var r = run("--district", "kotawaringin-timur", "--at", "2026-11-23T15:59");
        assertThat(r.out()).contains("Kabupaten Kotawaringin Timur")
                .containsPattern("Waktu +Senin, 23 November 2026 pukul 15\\.59 WIB\n")
                .containsPattern("Batas berikutnya +Senin, 23 November 2026 pukul 16\\.00 WIB, lalu Di luar jam kerja "
                        + "\\(dalam 1 menit\\)");
    }

    @Test
    void brokenDistrictFileReturnsTwoWithItsFileLineAndColumn(@TempDir Path dir) throws IOException {
        var lines = demoText("paser").split("\n", -1);
        int line = 0;
        while (!lines[line].contains("code: setda")) {
            line++;
        }
        int column = lines[line].indexOf("ceiling: {down: 200M") + "ceiling: {down: ".length() + 1;
        lines[line] = lines[line].replace("ceiling: {down: 200M", "ceiling: {down: 200Mb");
        var file = dir.resolve("paser-rusak.yaml");
        Files.writeString(file, String.join("\n", lines));
        var r = run("--district", file.toString(), "--at", "10:00");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("paser-rusak.yaml:" + (line + 1) + ":" + column
                + ": sites[0].ceiling.down: not a rate: '200Mb'");
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "paser, 2026-11-23T10:00", "paser, 2026-11-23T16:30", "paser, 2026-11-27T12:15", "paser, 2026-11-28T10:00",
        "paser, 2026-08-17T10:00", "paser, 2026-03-02T09:00", "paser, 2026-12-29T13:00",
        "kotawaringin-timur, 2026-11-23T10:00", "kotawaringin-timur, 2026-11-23T20:00",
        "kotawaringin-timur, 2026-08-17T10:00", "kotawaringin-timur, 2026-03-02T15:10",
    })
    void csvSumsNeverExceedThePool(String district, String at) {
        var r = run("--district", district, "--at", at, "--format", "csv");
        assertThat(r.code()).isZero();
        var csv = PlanCsvRows.parse(r.out());
        var pool = csv.pool();
        assertThat(csv.level("site")).hasSize(DistrictFiles.demo(district).sites().size());
        for (var d : List.of("down", "up")) {
            long capacity = pool.bps("ceiling_" + d + "_bps");
            long classes = 0;
            long sites = 0;
            for (var cls : List.of("office", "hotspot")) {
                long classRate = csv.cls(cls).bps("rate_" + d + "_bps");
                long siteSum = 0;
                for (var site : csv.sites(cls)) {
                    long rate = site.bps("rate_" + d + "_bps");
                    assertThat(rate).as("%s %s", site.get("code"), d).isBetween(0L, site.bps("ceiling_" + d + "_bps"));
                    siteSum += rate;
                }
                assertThat(siteSum).as("%s sites %s", cls, d).isLessThanOrEqualTo(classRate);
                classes += classRate;
                sites += siteSum;
            }
            assertThat(classes).as("classes %s", d).isLessThanOrEqualTo(capacity)
                    .isEqualTo(pool.bps("rate_" + d + "_bps"));
            // Every site asks for its ceiling and the ceilings add up to more than the pool: nothing stays idle.
            assertThat(sites).as("sites %s", d).isEqualTo(capacity);
        }
    }

    static String demoText(String name) throws IOException {
        try (var in = PlanCommandTest.class.getClassLoader().getResourceAsStream("districts/" + name + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
