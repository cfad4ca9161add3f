package id.pita.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class PostgresServerTest {
    @Test
    void startsARealServerOnLoopbackWithFsyncAndStopsIt() throws Exception {
        var server = PostgresServer.start();
        var dir = server.directory();
        try {
            var url = server.createDatabase("harness_check");
            try (var c = DriverManager.getConnection(url, server.user(), server.password());
                 var st = c.createStatement()) {
                st.execute("CREATE TABLE t (v INTEGER)");
                st.execute("INSERT INTO t VALUES (42)");
                var rs = st.executeQuery("SELECT v, current_setting('fsync'), current_setting('listen_addresses'), "
                        + "current_setting('server_version_num')::int / 10000 FROM t");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
                assertThat(rs.getString(2)).isEqualTo("on");
                assertThat(rs.getString(3)).isEqualTo("127.0.0.1");
                assertThat(rs.getInt(4)).isEqualTo(15);
            }
            // A wrong password is refused: host connections need the generated one.
            assertThatThrownBy(() -> DriverManager.getConnection(url, server.user(), "wrong").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            // Two databases of one server are separate.
            var other = server.createDatabase();
            try (var c = DriverManager.getConnection(other, server.user(), server.password())) {
                assertThat(c.getMetaData().getTables(null, "public", "t", null).next()).isFalse();
            }
        } finally {
            server.close();
        }
        assertThat(Files.exists(dir)).isFalse();
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password()).close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void refusesADatabaseNameThatIsNotPlain() {
        var server = PostgresServer.shared();
        assertThatThrownBy(() -> server.createDatabase("x; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PostgresServer.shared()).isSameAs(server);
    }
}
