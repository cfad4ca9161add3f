package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.testing.TestStores;

class VoucherRepositoryTest {
    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    static final Instant DAY = T0.plusSeconds(86_400);

    @TempDir
    Path dir;
    Store store;
    VoucherRepository vouchers;

    @BeforeEach
    void open() {
        store = TestStores.open(dir);
        vouchers = store.vouchers();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static VoucherRow voucher(String code, Instant created, Instant expires) {
        return new VoucherRow(code, created, expires, "admin", false, "tamu " + code);
    }

    static VoucherBatchRow batch(int count) {
        return new VoucherBatchRow(0, T0, "admin", "Rapat kerja", count, DAY, 500, "taman", Optional.empty());
    }

    @Test
    void aCodeIsUsedOnceOnlyWhileUnexpiredAndReleaseGivesItBack() {
        vouchers.add(voucher("AAAA-1111", T0, DAY));
        assertThat(vouchers.valid("AAAA-1111", T0)).isTrue();
        assertThat(vouchers.valid("ZZZZ-0000", T0)).isFalse();
        assertThat(vouchers.use("AAAA-1111", T0.plusSeconds(10))).isTrue();
        assertThat(vouchers.valid("AAAA-1111", T0.plusSeconds(11))).isFalse();
        assertThat(vouchers.use("AAAA-1111", T0.plusSeconds(12))).as("used up").isFalse();
        assertThat(vouchers.all()).singleElement().extracting(VoucherRow::used).isEqualTo(true);

        vouchers.release("AAAA-1111");
        assertThat(vouchers.valid("AAAA-1111", T0.plusSeconds(13))).isTrue();
        assertThat(vouchers.use("AAAA-1111", DAY)).as("expired at its expiry").isFalse();
        assertThat(vouchers.valid("AAAA-1111", DAY)).isFalse();
        assertThat(vouchers.use("ZZZZ-0000", T0)).isFalse();
    }

    @Test
    void allIsNewestFirstThenByCodeAndRevokeTakesOnlyUnusedCodes() {
        vouchers.add(voucher("B", T0, DAY));
        vouchers.add(voucher("A", T0, DAY));
        vouchers.add(voucher("C", T0.plusSeconds(5), DAY));
        assertThat(vouchers.all()).extracting(VoucherRow::code).containsExactly("C", "A", "B");
        assertThat(vouchers.all().get(0)).isEqualTo(voucher("C", T0.plusSeconds(5), DAY));

        assertThat(vouchers.use("A", T0)).isTrue();
        assertThat(vouchers.revoke("A")).as("a used code stays on record").isFalse();
        assertThat(vouchers.revoke("B")).isTrue();
        assertThat(vouchers.revoke("B")).isFalse();
        assertThat(vouchers.all()).extracting(VoucherRow::code).containsExactly("C", "A");
    }

    @Test
    void aBatchKeepsItsVouchersInTheOrderTheyWereMade() {
        var codes = List.of("QQ-9", "AA-1", "MM-5", "BB-2");
        long id = vouchers.addBatch(batch(codes.size()), codes.stream().map(c -> voucher(c, T0, DAY)).toList());
        assertThat(id).isPositive();
        assertThat(vouchers.inBatch(id)).extracting(VoucherRow::code).containsExactlyElementsOf(codes);
        var stored = vouchers.batch(id).orElseThrow();
        assertThat(stored).isEqualTo(new VoucherBatchRow(id, T0, "admin", "Rapat kerja", 4, DAY, 500, "taman",
                Optional.empty()));
        assertThat(vouchers.batch(id + 1)).isEmpty();
        assertThat(vouchers.inBatch(id + 1)).isEmpty();

        long second = vouchers.addBatch(batch(1), List.of(voucher("ZZ-0", T0, DAY)));
        assertThat(vouchers.batches()).extracting(VoucherBatchRow::id).containsExactly(second, id);
    }

    @Test
    void aBatchWithADuplicateCodeIsNotStoredAtAll() {
        vouchers.add(voucher("DUP", T0, DAY));
        assertThatThrownBy(() -> vouchers.addBatch(batch(2), List.of(voucher("NEW", T0, DAY),
                voucher("DUP", T0, DAY)))).isInstanceOf(RuntimeException.class);
        assertThat(vouchers.batches()).isEmpty();
        assertThat(vouchers.valid("NEW", T0)).isFalse();
    }

    @Test
    void disablingABatchExpiresItsUnusedVouchersOnce() {
        long id = vouchers.addBatch(batch(3), List.of(voucher("V1", T0, DAY), voucher("V2", T0, DAY),
                voucher("V3", T0, DAY)));
        vouchers.add(voucher("LOOSE", T0, DAY));
        assertThat(vouchers.use("V1", T0.plusSeconds(1))).isTrue();

        var at = T0.plusSeconds(60);
        assertThat(vouchers.disableBatch(id, at)).as("V2 and V3 expired").isEqualTo(2);
        assertThat(vouchers.batch(id).orElseThrow().disabledAt()).contains(at);
        assertThat(vouchers.valid("V2", at)).isFalse();
        assertThat(vouchers.valid("V3", at.minusSeconds(1))).as("valid before the disabling time").isTrue();
        assertThat(vouchers.valid("LOOSE", at)).as("other vouchers untouched").isTrue();
        assertThat(vouchers.inBatch(id)).extracting(VoucherRow::expiresAt).containsExactly(DAY, at, at);

        assertThat(vouchers.disableBatch(id, at.plusSeconds(60))).as("disabled already").isZero();
        assertThat(vouchers.batch(id).orElseThrow().disabledAt()).contains(at);
        assertThat(vouchers.disableBatch(id + 99, at)).as("no such batch").isEqualTo(-1);
    }
}
