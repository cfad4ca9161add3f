package id.pita.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.testing.ConsoleServer;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class OpenApiContractIT {
    private static ConsoleServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new ConsoleServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDocumentedOperationIsRoutedAndEveryRouteIsDocumented() throws Exception {
        Map<String, Object> doc;
        try (var in = getClass().getResourceAsStream("/console/openapi.yaml")) {
            doc = new Yaml().load(in);
        }
        var documented = new TreeSet<String>();
        var paths = (Map<String, Map<String, Object>>) doc.get("paths");
        paths.forEach((path, ops) -> ops.keySet().stream().filter(k -> !k.equals("parameters"))
                .forEach(m -> documented.add(m.toUpperCase() + " /api/v1" + path)));
        var routed = new TreeSet<String>();
        for (var r : server.router.getRoutes()) {
            if (r.getPath() != null && r.getPath().startsWith("/api/v1/") && r.methods() != null && !r.methods()
                    .isEmpty()) {
                var path = r.getPath().replaceAll(":([A-Za-z]+)", "{$1}");
                r.methods().forEach(m -> routed.add(m.name() + " " + path));
            }
        }
        assertThat(documented).hasSizeGreaterThan(30);
        assertThat(routed).containsExactlyElementsOf(documented);
    }
}
