package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.Kubeforge;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.HostFile;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.core.Size;
import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.RuntimeHandler;
import dev.kubeforge.host.DockerDaemon;
import dev.kubeforge.host.DockerHost;
import dev.kubeforge.host.DockerTls;
import dev.kubeforge.secret.SecretValue;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Journald;
import dev.kubeforge.host.OptionValue;
import dev.kubeforge.host.ProcessLimit;
import dev.kubeforge.host.Storage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON and TOML renderers on small inputs. */
class HostConfigRendererTest {

  @Test
  void emptyDaemonJsonIsAnEmptyObject() {
    assertEquals("{}\n", DaemonJsonRenderer.json(DockerDaemon.create()));
  }

  @Test
  void daemonJsonSortsKeysAndIndentsByTwo() {
    var docker = DockerDaemon.create()
        .tls(DockerTls.encryptOnly(SecretValue.fromEnv("DOCKER_CERT"), SecretValue.fromEnv("DOCKER_KEY")))
        .host(DockerHost.tcp("::", 2376))
        .defaultUlimit(ProcessLimit.NPROC, 1024, 2048)
        .cgroupDriver(CgroupDriver.CGROUPFS);
    assertEquals("""
        {
          "default-ulimits": {
            "nproc": {
              "Hard": 2048,
              "Name": "nproc",
              "Soft": 1024
            }
          },
          "exec-opts": [
            "native.cgroupdriver=cgroupfs"
          ],
          "hosts": [
            "tcp://[::]:2376"
          ],
          "tls": true,
          "tlscert": "/etc/docker/tls/server-cert.pem",
          "tlskey": "/etc/docker/tls/server-key.pem"
        }
        """, DaemonJsonRenderer.json(docker));
  }

  @Test
  void containerdVersion2() {
    assertEquals("""
        version = 2
        plugins.'io.containerd.grpc.v1.cri'.containerd.default_runtime_name = 'runc'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.options.SystemdCgroup = false
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.runtime_type = 'io.containerd.runc.v2'
        plugins.'io.containerd.grpc.v1.cri'.registry.config_path = '/etc/containerd/certs.d'
        """, ContainerdTomlRenderer.toml(Containerd.create().cgroupDriver(CgroupDriver.CGROUPFS)
        .registryConfigPath("/etc/containerd/certs.d")));
  }

  @Test
  void containerdVersion3SplitsImagesFromRuntime() {
    assertEquals("""
        version = 3
        plugins.'io.containerd.cri.v1.images'.pinned_images.sandbox = 'registry.k8s.io/pause:3.10'
        plugins.'io.containerd.cri.v1.runtime'.containerd.default_runtime_name = 'runc'
        plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options.SystemdCgroup = true
        plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.runtime_type = 'io.containerd.runc.v2'
        """, ContainerdTomlRenderer.toml(Containerd.create().configVersion(3).sandboxImage("registry.k8s.io/pause:3.10")));
  }

  @Test
  void daemonJsonOptionsAreTypedValuesSortedWithTheOtherKeys() {
    var docker = DockerDaemon.create()
        .maxConcurrentDownloads(5)
        .userlandProxy(false)
        .execRoot("/run/docker")
        .defaultAddressPool("10.10.0.0/16", 24)
        .option("cdi-spec-dirs", OptionValue.strings("/etc/cdi"))
        .dns("FD00::53");
    assertEquals("""
        {
          "cdi-spec-dirs": [
            "/etc/cdi"
          ],
          "default-address-pools": [
            {
              "base": "10.10.0.0/16",
              "size": 24
            }
          ],
          "dns": [
            "fd00::53"
          ],
          "exec-root": "/run/docker",
          "max-concurrent-downloads": 5,
          "userland-proxy": false
        }
        """, DaemonJsonRenderer.json(docker));
  }

  @Test
  void runtimeHandlersBesideRuncInEitherVersion() {
    // NVIDIA's container toolkit (nvidia-ctk runtime configure) and Kata's kata-deploy, on one node
    var containerd = Containerd.create()
        .runtime(RuntimeHandler.runc("nvidia").binaryName("/usr/bin/nvidia-container-runtime"))
        .runtime(RuntimeHandler.of("kata", "io.containerd.kata.v2")
            .configPath("/opt/kata/share/defaults/kata-containers/configuration.toml")
            .privilegedWithoutHostDevices(true).podAnnotations("io.katacontainers.*"))
        .defaultRuntime("nvidia");
    assertEquals("""
        version = 2
        plugins.'io.containerd.grpc.v1.cri'.containerd.default_runtime_name = 'nvidia'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.kata.options.ConfigPath = '/opt/kata/share/defaults/kata-containers/configuration.toml'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.kata.pod_annotations = ['io.katacontainers.*']
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.kata.privileged_without_host_devices = true
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.kata.runtime_type = 'io.containerd.kata.v2'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.nvidia.options.BinaryName = '/usr/bin/nvidia-container-runtime'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.nvidia.options.SystemdCgroup = true
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.nvidia.runtime_type = 'io.containerd.runc.v2'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.options.SystemdCgroup = true
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.runtime_type = 'io.containerd.runc.v2'
        """, ContainerdTomlRenderer.toml(containerd));
    assertEquals("""
        version = 3
        plugins.'io.containerd.cri.v1.runtime'.containerd.default_runtime_name = 'runc'
        plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.nvidia.options.BinaryName = '/usr/bin/nvidia-container-runtime'
        plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.nvidia.options.SystemdCgroup = false
        plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.nvidia.runtime_type = 'io.containerd.runc.v2'
        plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options.SystemdCgroup = false
        plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.runtime_type = 'io.containerd.runc.v2'
        """, ContainerdTomlRenderer.toml(Containerd.create().configVersion(3).cgroupDriver(CgroupDriver.CGROUPFS)
        .runtime(RuntimeHandler.runc("nvidia").binaryName("/usr/bin/nvidia-container-runtime"))));
    assertEquals("default runtime 'crun' is neither runc nor a declared runtime handler; add it with"
        + " runtime(RuntimeHandler) first",
        assertThrows(IllegalArgumentException.class, () -> Containerd.create().defaultRuntime("crun")).getMessage());
    assertEquals("config.toml key 'plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.nvidia.options.Debug'"
        + " is or holds runtime handler nvidia, which runtime(RuntimeHandler) writes; set it there",
        assertThrows(IllegalArgumentException.class, () -> containerd.option(
            "plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.nvidia.options.Debug", true)).getMessage());
  }

  @Test
  void containerdOptionsLandAtTheirDottedKeyInEitherVersion() {
    var containerd = Containerd.create()
        .option("plugins.\"io.containerd.grpc.v1.cri\".enable_unprivileged_ports", true)
        .runcBinaryName("/usr/bin/crun")
        .option("oom_score", -999)
        .option("grpc.address", "/run/containerd/containerd.sock")
        .option("plugins.\"io.containerd.grpc.v1.cri\".device_ownership_from_security_context",
            OptionValue.of(true))
        .option("plugins.\"io.containerd.grpc.v1.cri\".device_ownership_from_security_context", false);
    assertEquals("""
        version = 2
        plugins.'io.containerd.grpc.v1.cri'.containerd.default_runtime_name = 'runc'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.options.BinaryName = '/usr/bin/crun'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.options.SystemdCgroup = true
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.runtime_type = 'io.containerd.runc.v2'
        plugins.'io.containerd.grpc.v1.cri'.device_ownership_from_security_context = false
        plugins.'io.containerd.grpc.v1.cri'.enable_unprivileged_ports = true
        grpc.address = '/run/containerd/containerd.sock'
        oom_score = -999
        """, ContainerdTomlRenderer.toml(containerd));
    assertEquals("""
        version = 3
        plugins.'io.containerd.cri.v1.runtime'.containerd.default_runtime_name = 'runc'
        plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options.SystemdCgroup = true
        plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.runtime_type = 'io.containerd.runc.v2'
        plugins.'io.containerd.cri.v1.runtime'.enable_unprivileged_ports = true
        """, ContainerdTomlRenderer.toml(Containerd.create().configVersion(3)
        .option("plugins.'io.containerd.cri.v1.runtime'.enable_unprivileged_ports", true)));
  }

  @Test
  void journaldOptionsFollowTheTypedKeysSorted() {
    var journald = Journald.create().option("MaxLevelSocket", "debug").storage(Storage.PERSISTENT)
        .option("ForwardToSocket", "/run/log/forward.sock").systemMaxUse(Size.gib(2));
    var cluster = Cluster.named("j")
        .controlPlane(Node.named("cp", n -> n.profile(HostProfile.named("node", p -> p.journald(journald)))));
    var text = Kubeforge.generate(() -> cluster.build()).files().text("j/hosts/node/" + HostFile.JOURNALD_DROP_IN);
    assertEquals("""
        [Journal]
        Storage=persistent
        SystemMaxUse=2G
        ForwardToSocket=/run/log/forward.sock
        MaxLevelSocket=debug
        """, text.substring(text.indexOf('\n') + 1));
  }
}
