package id.pita.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import id.pita.core.testing.NettyLeakGuard;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Shows that a Netty {@code LEAK:} report fails a test run: a test class that leaks one buffer is run
 * through the JUnit launcher with the same extension autodetection the build switches on, and it fails
 * with the report. (The nested class is not run by the build itself: Surefire skips nested classes.)
 */
class NettyLeakGuardTest {
    /** Leaks one pooled buffer: allocated, written, never released, dropped. */
    static class Leaky {
        @Test
        void leaksABuffer() {
            ByteBuf leaked = PooledByteBufAllocator.DEFAULT.buffer(64);
            leaked.writeInt(42);
            leaked = null;
        }
    }

    /** Records each failure's message, test or container. */
    static final class Failures implements TestExecutionListener {
        final List<String> messages = new ArrayList<>();

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            result.getThrowable().ifPresent(t -> messages.add(id.getDisplayName() + ": " + t.getMessage()));
        }
    }

    @Test
    void aLeakedBufferFailsTheRunWithNettysReport() {
        assertThat(System.getProperty("io.netty.leakDetectionLevel")).isEqualToIgnoringCase("paranoid");
        var failures = new Failures();
        var request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Leaky.class))
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true").build();

        LauncherFactory.create().execute(request, failures);

        assertThat(failures.messages).as("the leaky class fails").singleElement().asString()
                .contains("Netty buffer leak(s) reported").contains("LEAK: ByteBuf.release() was not called")
                .contains("NettyLeakGuardTest$Leaky.leaksABuffer");
        assertThat(NettyLeakGuard.pending()).as("the report was consumed by that failure").isZero();
    }

    @Test
    void withoutALeakNothingFails() {
        PooledByteBufAllocator.DEFAULT.buffer(64).release();
        NettyLeakGuard.provokeDetection();
        NettyLeakGuard.check();
    }
}
