package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.core.Size;
import dev.kubeforge.host.Directive;
import dev.kubeforge.host.KillMode;
import dev.kubeforge.host.MountPropagation;
import dev.kubeforge.host.ProcessLimit;
import dev.kubeforge.host.Restart;
import dev.kubeforge.host.ServiceType;
import dev.kubeforge.host.UnitAction;
import dev.kubeforge.host.Service;
import dev.kubeforge.host.Slice;
import dev.kubeforge.host.SystemdUnit;
import dev.kubeforge.host.UnitName;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystemdUnitRendererTest {

  private static String render(SystemdUnit unit) {
    return IniWriter.write("", SystemdUnitRenderer.directives(unit));
  }

  @Test
  void dockersUpstreamUnitIsWrittenWithTypedMethodsOnly() {
    // moby's contrib/init/systemd/docker.service, start limits in [Unit] as systemd 230 moved them
    var docker = Service.of(UnitName.DOCKER_SERVICE)
        .description("Docker Application Container Engine")
        .documentation("https://docs.docker.com")
        .after(UnitName.NETWORK_ONLINE_TARGET, UnitName.DOCKER_SOCKET, UnitName.of("firewalld.service"),
            UnitName.CONTAINERD_SERVICE, UnitName.TIME_SYNC_TARGET)
        .wants(UnitName.NETWORK_ONLINE_TARGET, UnitName.CONTAINERD_SERVICE)
        .requires(UnitName.DOCKER_SOCKET)
        .startLimitBurst(3)
        .startLimitIntervalSec(Duration.ofSeconds(60))
        .type(ServiceType.NOTIFY)
        .execStart("/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock")
        .execReload("/bin/kill -s HUP $MAINPID")
        .timeoutStartSec(Duration.ZERO)
        .timeoutStopSec(Duration.ofSeconds(120))
        .restart(Restart.ALWAYS)
        .restartSec(Duration.ofSeconds(2))
        .limitInfinity(ProcessLimit.NPROC)
        .limitInfinity(ProcessLimit.CORE)
        .tasksMaxInfinity()
        .delegate(true)
        .killMode(KillMode.PROCESS)
        .oomScoreAdjust(-500)
        .mountFlags(MountPropagation.SLAVE)
        .wantedBy(UnitName.MULTI_USER_TARGET);
    assertEquals("""
        [Unit]
        Description=Docker Application Container Engine
        Documentation=https://docs.docker.com
        Requires=docker.socket
        Wants=network-online.target containerd.service
        After=network-online.target docker.socket firewalld.service containerd.service time-sync.target
        StartLimitBurst=3
        StartLimitIntervalSec=1min

        [Service]
        Type=notify
        ExecStart=/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock
        ExecReload=/bin/kill -s HUP $MAINPID
        TimeoutStartSec=0
        TimeoutStopSec=2min
        Restart=always
        RestartSec=2s
        LimitNPROC=infinity
        LimitCORE=infinity
        KillMode=process
        OOMScoreAdjust=-500
        MountFlags=slave
        Delegate=yes
        TasksMax=infinity

        [Install]
        WantedBy=multi-user.target
        """, render(docker));
  }

  @Test
  void unitActionsAndTaskSharesAreTyped() {
    var unit = Service.named("watchdog").execStart("/usr/bin/watchdog")
        .startLimitAction(UnitAction.REBOOT_FORCE).failureAction(UnitAction.NONE).successAction(UnitAction.EXIT)
        .timeoutStartSecInfinity()
        .resources(dev.kubeforge.host.ResourceControl.create().tasksMax(dev.kubeforge.core.Percent.of(15)));
    assertEquals("""
        [Unit]
        StartLimitAction=reboot-force
        FailureAction=none
        SuccessAction=exit

        [Service]
        ExecStart=/usr/bin/watchdog
        TimeoutStartSec=infinity
        TasksMax=15%
        """, render(unit));
    assertEquals("StartLimitBurst= must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> unit.startLimitBurst(0)).getMessage());
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
