package id.pita.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The build registers {@link NettyLeakGuard} for every test without any test asking for it. */
class NettyLeakGuardInstalledTest {
    @Test
    void isRegisteredThroughServiceLoaderAutodetection() {
        assertThat(NettyLeakGuard.installed()).as("junit.jupiter.extensions.autodetection.enabled in the root pom")
                .isTrue();
    }
}
