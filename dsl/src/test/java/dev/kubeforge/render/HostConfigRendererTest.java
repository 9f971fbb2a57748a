package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.DockerDaemon;
import dev.kubeforge.host.DockerHost;
import dev.kubeforge.host.DockerTls;
import dev.kubeforge.host.ProcessLimit;
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
        .tls(DockerTls.encryptOnly("/etc/docker/cert.pem", "/etc/docker/key.pem"))
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
          "tlscert": "/etc/docker/cert.pem",
          "tlskey": "/etc/docker/key.pem"
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
}
