package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.config.DistrictFiles;
import id.pita.core.district.Bandwidth;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Editing the pool's capacity in the console keeps the backup link and the tier order of the district file. */
class DistrictEditsPoolTest {
    @Test
    void aPoolEditKeepsBackupAndTiers() {
        var paser = DistrictFiles.demo("paser");
        var edited = DistrictEdits.withPool(paser, Fields.of(new JsonObject()
                .put("capacity.down", "800").put("capacity.up", "800").put("monthlyCostIdr", "1")));
        assertThat(edited.pool().capacity()).isEqualTo(Bandwidth.mbps(800, 800));
        assertThat(edited.pool().backup()).isEqualTo(paser.pool().backup()).isEqualTo(Bandwidth.mbps(100, 50));
        assertThat(edited.pool().tiers()).isEqualTo(paser.pool().tiers());
    }
}
