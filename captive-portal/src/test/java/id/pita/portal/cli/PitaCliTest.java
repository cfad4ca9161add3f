package id.pita.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one command line as a person uses it: help on every command in both languages, errors, exit codes. */
class PitaCliTest {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = PitaCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final List<String> COMMANDS = List.of("serve", "plan", "check", "import", "export", "backup", "restore",
            "user", "gateway-config", "holidays", "audit", "simulate");

    @Test
    void topLevelHelpListsEveryCommandAndTheExitCodes() {
        var r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Pemakaian: pita").contains("Perintah:")
                .contains("Kode keluar: 0 berhasil; 1 gagal dijalankan; 2 perintah");
        for (var c : COMMANDS) {
            assertThat(r.out()).containsPattern("\n  " + c + " +\\S");
        }
        assertThat(run("--help", "--lang", "en").out()).startsWith("Usage: pita").contains("Commands:")
                .contains("Exit codes: 0 done; 1 failed; 2 wrong command line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "plan", "check", "import", "export", "backup", "restore", "user",
        "gateway-config", "holidays", "audit", "simulate"})
    void everyCommandHasHelpInBothLanguages(String command) {
        var id = run(command, "--help");
        assertThat(id.code()).isZero();
        assertThat(id.err()).isEmpty();
        assertThat(id.out()).startsWith("Pemakaian: pita " + command).contains("Opsi:")
                .contains("Tampilkan bantuan ini lalu keluar.");
        // The command's own description, not an empty line.
        assertThat(id.out().split("\n")[2]).isNotBlank();
        var en = run(command, "--help", "--lang=en");
        assertThat(en.out()).startsWith("Usage: pita " + command).contains("Options:").contains("Show this help");
        assertThat(en.out().split("\n")[2]).isNotBlank().isNotEqualTo(id.out().split("\n")[2]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plan --bogus|pita plan: opsi tidak dikenal: --bogus",
        "plan --at|pita plan: --at perlu nilai",
        "plan --lang fr|pita plan: --lang: harus id atau en (bukan 'fr')",
        "plan --format xml --lang en|pita plan: --format: must be table or csv (not 'xml')",
        "plan --district bontang|pita plan: tidak ada distrik demo atau berkas 'bontang'",
        "--verbose|pita: opsi tidak dikenal: --verbose",
        "frobnicate|pita: argumen tidak dikenal: frobnicate",
        "simulate --duration 2hours|pita simulate: --duration: bukan durasi: '2hours'",
        "simulate --pool 100Mb --lang en|pita simulate: --pool: not a rate: '100Mb'",
        "restore|pita restore: wajib diisi: BACKUP",
    })
    void aWrongCommandLineIsOneLineExitCodeTwoAndWhereHelpIs(String args, String message) {
        var r = run(args.split(" "));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(message).doesNotContain("Exception");
        if (!args.contains("bontang")) {
            assertThat(r.err()).containsPattern("\n(Lihat|See): pita[a-z -]* --help\n$");
        }
    }

    @Test
    void noCommandNamesTheCommands() {
        var r = run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("pita: perintah apa? serve, plan, check, import");
    }

    @Test
    void planRunsThePlannerAndTakesValuesAfterAnEqualsSignToo() {
        var r = run("plan", "--district=kotawaringin-timur", "--at=2026-11-23T10:00", "--format=csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("at,regime,level,").contains("2026-11-23T10:00:00+07:00,OFFICE_HOURS,pool,");
        assertThat(run("plan", "--at", "2026-11-24T10:00", "--lang", "en").out()).contains("Kabupaten Paser")
                .contains("setda").contains("Regime");
    }

    @Test
    void checkAcceptsAValidConfigAndDistrictAndRefusesABrokenOneWithTwo(@TempDir Path dir) throws Exception {
        var config = dir.resolve("pita.yaml");
        Files.writeString(config, "dataFile: " + dir.resolve("data/pita.db") + "\nbackup: {at: \"03:30\", keep: 7}\n"
                + "retention: {records: 120d}\ncontrol: {period: 1m30s}\naccounting: {maxDelay: 500ms}\n");
        var ok = run("check", "--config", config.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Konfigurasi " + config + ": OK").contains("Distrik: tidak ada district.file; awal pertama kosong")
                .contains("Basis data " + dir.resolve("data/pita.db") + ": belum ada (dibuat saat mulai pertama)");
        assertThat(Files.exists(dir.resolve("data"))).as("check touches no store").isFalse();

        Files.writeString(config, "web: {port: 99999}\n");
        var bad = run("check", "--config", config.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("pita check: web.port: must be between 0 and 65535 (was 99999)\n");

        var district = dir.resolve("district.yaml");
        Files.writeString(district, "code: paser\nname: Paser\nzone: Mars/Olympus\n");
        Files.writeString(config, "district: {file: " + district + "}\n");
        var broken = run("check", "--config", config.toString());
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).startsWith("district.yaml:3:7: zone:").hasLineCount(1);
        var missing = run("check", "--district", dir.resolve("nope.yaml").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("nope.yaml:1:1: cannot read");
    }

    @Test
    void aMissingConfigFileIsNamed(@TempDir Path dir) {
        var r = run("serve", "--config", dir.resolve("nope.yaml").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("pita serve: --config: cannot read ").hasLineCount(1);
    }

    @Test
    void aBrokenDistrictFileStopsTheStartWithOneLine(@TempDir Path dir) throws Exception {
        var district = dir.resolve("district.yaml");
        Files.writeString(district, "code: paser\nname: Paser\nzone: Mars/Olympus\n");
        var file = dir.resolve("pita.yaml");
        Files.writeString(file, "dataFile: " + dir.resolve("data/pita.db") + "\ndistrict: {file: " + district + "}\n"
                + "radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0}\n"
                + "web: {host: 127.0.0.1, port: 0}\n");
        var r = run("serve", "--config", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("pita serve: tidak dapat mulai: ").contains("district.yaml").hasLineCount(1)
                .doesNotContain("Exception");
    }

    @Test
    void simulateOptionsUseTheOneDurationAndRateGrammar() {
        var context = new Context(id.pita.core.plan.Lang.ID, System.out, System.err);
        var cli = PitaCli.commandLine(context);
        var parsed = cli.parseArgs("simulate", "--start", "2026-11-23", "--duration", "17h", "--speed", "600",
                "--pool", "300M", "--citizens", "7");
        SimulateCommand command = parsed.subcommand().commandSpec().commandLine().getCommand();
        var o = command.options();
        assertThat(o.start()).isEqualTo(java.time.Instant.parse("2026-11-22T22:00:00Z")); // 06:00 WITA
        assertThat(java.time.Duration.between(o.start(), o.until())).isEqualTo(java.time.Duration.ofHours(17));
        assertThat(o.speed()).isEqualTo(600);
        assertThat(o.pool()).hasValue(id.pita.core.district.Bandwidth.mbps(300, 150));
        assertThat(o.citizensPerHotspot()).isEqualTo(7);
        assertThat(o.offices()).isEqualTo(8);
    }
}
