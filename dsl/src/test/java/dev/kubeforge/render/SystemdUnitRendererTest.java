package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.core.Size;
import dev.kubeforge.host.Directive;
import dev.kubeforge.host.Service;
import dev.kubeforge.host.Slice;
import dev.kubeforge.host.SystemdUnit;
import dev.kubeforge.host.UnitName;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystemdUnitRendererTest {

  private static String render(SystemdUnit unit) {
    return IniWriter.write("", SystemdUnitRenderer.directives(unit));
  }

  @Test
  void seedSliceWrittenWithTheDeprecatedDirectiveRendersTheCurrentOne() {
    var slice = Slice.named("container")
        .description("Limited resources Slice")
        .defaultDependencies(false)
        .before(UnitName.SLICES_TARGET)
        .directive("Slice", "MemoryLimit", "48G");
    assertEquals("""
        [Unit]
        Description=Limited resources Slice
        Before=slices.target
        DefaultDependencies=no

        [Slice]
        MemoryMax=48G
        """, render(slice));
    assertEquals(Size.gib(48), slice.resources().memoryMax());
  }

  @Test
  void escapeHatchKeepsOrderAndRepeatedKeysInEverySection() {
    var service = Service.named("example")
        .directive("X-Kubeforge", "Origin", "test")
        .execStartPre("/bin/mkdir -p /run/example")
        .directive("Service", "ExecStartPre", "/bin/chmod 0700 /run/example")
        .execStart("/usr/bin/example")
        .directive("Unit", "StartLimitBurst", "5")
        .directive("Service", "ReadWritePaths", "/run/example")
        .directive("Service", "ReadWritePaths", "/var/lib/example")
        .directive("Install", "DefaultInstance", "main")
        .after(UnitName.NETWORK_TARGET)
        .wantedBy(UnitName.MULTI_USER_TARGET);
    assertEquals("""
        [Unit]
        After=network.target
        StartLimitBurst=5

        [Service]
        ExecStartPre=/bin/mkdir -p /run/example
        ExecStartPre=/bin/chmod 0700 /run/example
        ExecStart=/usr/bin/example
        ReadWritePaths=/run/example
        ReadWritePaths=/var/lib/example

        [Install]
        WantedBy=multi-user.target
        DefaultInstance=main

        [X-Kubeforge]
        Origin=test
        """, render(service));
  }

  @Test
  void dropInReplacesExecStartWithTheResetIdiomAndQuotesEnvironment() {
    var dropIn = Service.of(UnitName.DOCKER_SERVICE)
        .environment("HTTP_PROXY", "http://proxy:3128")
        .environment("NOTE", "50% \"quoted\" \\ done")
        .replaceExecStart("/usr/bin/dockerd");
    assertEquals("""
        [Service]
        Environment="HTTP_PROXY=http://proxy:3128"
        Environment="NOTE=50%% \\"quoted\\" \\\\ done"
        ExecStart=
        ExecStart=/usr/bin/dockerd
        """, render(dropIn));
  }

  @Test
  void replaceTakesThePlaceOfTheFirstDirectiveOfItsKey() {
    var service = Service.named("example").execStart("/usr/bin/example")
        .environment("A", "1").directive("Service", "Nice", "5").environment("B", "2")
        .replace(new Directive("Service", "Environment", "\"C=3\""));
    assertEquals("""
        [Service]
        ExecStart=/usr/bin/example
        Environment="C=3"
        Nice=5
        """, render(service));
  }

  @Test
  void iniWriterRefusesASplitSection() {
    var split = List.of(new Directive("Unit", "A", "1"), new Directive("Service", "B", "2"), new Directive("Unit", "C", "3"));
    var e = assertThrows(IllegalStateException.class, () -> IniWriter.write("", split));
    assertEquals("section [Unit] is split; its directives must be adjacent", e.getMessage());
  }
}
