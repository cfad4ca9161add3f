package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.testing.TestStores;

class UserRepositoryTest {
    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    Path dir;
    Store store;
    UserRepository users;

    @BeforeEach
    void open() {
        store = TestStores.open(dir);
        users = store.users();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static UserRow admin() {
        return new UserRow("admin", "hash-1", "ADMIN", null, T0, false, true, null);
    }

    @Test
    void saveInsertsThenReplacesButKeepsCreationTimeAndTotpStep() {
        users.save(admin());
        assertThat(users.find("admin")).contains(admin());
        assertThat(users.advanceTotpStep("admin", 100)).isTrue();

        var changed = new UserRow("admin", "hash-2", "OPD", "kantor", T0.plusSeconds(999), true, false,
                "JBSWY3DPEHPK3PXP");
        users.save(changed);
        var back = users.find("admin").orElseThrow();
        assertThat(back.passwordHash()).isEqualTo("hash-2");
        assertThat(back.role()).isEqualTo("OPD");
        assertThat(back.siteCode()).isEqualTo("kantor");
        assertThat(back.disabled()).isTrue();
        assertThat(back.mustChangePassword()).isFalse();
        assertThat(back.totpSecret()).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(back.createdAt()).as("creation time is not changed by a save").isEqualTo(T0);
        assertThat(users.advanceTotpStep("admin", 100)).as("the TOTP step survived the save").isFalse();
        assertThat(users.all()).hasSize(1);
    }

    @Test
    void allIsByUserNameAndFindOfAnUnknownNameIsEmpty() {
        users.save(new UserRow("zaini", "h", "VIEWER", null, T0, false, false, null));
        users.save(admin());
        users.save(new UserRow("operator", "h", "OPD", "taman", T0, false, false, null));
        assertThat(users.all()).extracting(UserRow::username).containsExactly("admin", "operator", "zaini");
        assertThat(users.find("nobody")).isEmpty();
    }

    @Test
    void insertIfEmptyInsertsOnlyTheFirstAccount() {
        assertThat(users.insertIfEmpty(admin())).isTrue();
        assertThat(users.insertIfEmpty(new UserRow("second", "h", "ADMIN", null, T0, false, true, null))).isFalse();
        assertThat(users.all()).containsExactly(admin());
    }

    @Test
    void recoveryCodesAreReplacedUsedOnceAndDeletedWithTheUser() {
        users.save(admin());
        users.replaceRecoveryCodes("admin", List.of("c1", "c2", "c3"));
        assertThat(users.recoveryCodesLeft("admin")).isEqualTo(3);
        users.replaceRecoveryCodes("admin", List.of("d1", "d2"));
        assertThat(users.recoveryCodesLeft("admin")).isEqualTo(2);
        assertThat(users.useRecoveryCode("admin", "c1")).as("replaced codes are gone").isFalse();
        assertThat(users.useRecoveryCode("admin", "d1")).isTrue();
        assertThat(users.useRecoveryCode("admin", "d1")).as("a code is used once").isFalse();
        assertThat(users.recoveryCodesLeft("admin")).isEqualTo(1);
        users.replaceRecoveryCodes("admin", List.of());
        assertThat(users.recoveryCodesLeft("admin")).isZero();

        users.replaceRecoveryCodes("admin", List.of("e1"));
        assertThat(users.delete("admin")).isTrue();
        assertThat(users.find("admin")).isEmpty();
        assertThat(users.recoveryCodesLeft("admin")).as("codes go with the user").isZero();
        assertThat(users.delete("admin")).isFalse();
    }

    @Test
    void aFailedRecoveryCodeReplacementKeepsTheOldCodes() {
        users.save(admin());
        users.replaceRecoveryCodes("admin", List.of("c1", "c2"));
        // the same code twice breaks the primary key: the whole replacement rolls back
        assertThatThrownBy(() -> users.replaceRecoveryCodes("admin", List.of("d1", "d1")))
                .isInstanceOf(RuntimeException.class);
        assertThat(users.recoveryCodesLeft("admin")).isEqualTo(2);
        assertThat(users.useRecoveryCode("admin", "c2")).isTrue();
    }

    @Test
    void totpStepsOnlyMoveForward() {
        users.save(admin());
        assertThat(users.advanceTotpStep("admin", 5)).isTrue();
        assertThat(users.advanceTotpStep("admin", 5)).as("the same step is a replay").isFalse();
        assertThat(users.advanceTotpStep("admin", 4)).isFalse();
        assertThat(users.advanceTotpStep("admin", 6)).isTrue();
        assertThat(users.advanceTotpStep("nobody", 7)).isFalse();
    }

    @Test
    void accountsSurviveAReopen() {
        users.save(admin());
        users.replaceRecoveryCodes("admin", List.of("c1"));
        store.close();
        store = TestStores.open(dir);
        assertThat(store.users().find("admin")).contains(admin());
        assertThat(store.users().recoveryCodesLeft("admin")).isEqualTo(1);
    }
}
