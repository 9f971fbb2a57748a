package dev.kubeforge.host;

import dev.kubeforge.cluster.Node;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.core.Size;

/**
 * Seed 000's hosts, written in the DSL: a {@code container.slice} capping memory at 48G, a
 * {@code docker.service} drop-in (the slice, a proxy, a plain {@code ExecStart=}), {@code daemon.json}
 * (cgroup parent, systemd cgroup driver, unix and TCP hosts, journald log driver) and journald.
 *
 * <p>Where the seed is dated, today's equivalent is written instead:
 * <ul>
 *   <li>{@code MemoryLimit=48G} (cgroup v1) is {@code MemoryMax=48G}.
 *   <li>{@code SystemMaxUse=20%} is not a size journald reads (it ignores the line); 4G, journald's own
 *       ceiling, is written instead.
 *   <li>The kubelet no longer talks to Docker (dockershim left in Kubernetes 1.24): containerd, which
 *       Docker runs on, serves the kubelet's CRI, with the same systemd cgroup driver; dockerd is
 *       pointed at the system containerd.
 *   <li>Plain TCP on 2375 is kept, as an allowed {@code docker-tcp-without-tls} with its reason, and
 *       stated with {@code "tls": false}, which recent dockerd releases require.
 * </ul>
 * The Kubernetes prerequisites (modules and sysctls) and the kubelet's drop-in are added, since the nodes
 * run Kubernetes.
 */
public final class Seed000Cluster implements ClusterDefinition {

  @Override
  public Cluster define() {
    var container = Slice.named("container")
        .description("Limited resources Slice")
        .defaultDependencies(false)
        .before(UnitName.SLICES_TARGET)
        .memoryMax(Size.gib(48));

    var dockerService = DropIn.of("10-kubeforge", Service.of(UnitName.DOCKER_SERVICE)
        .slice(container)
        .environment("HTTP_PROXY", "http://proxy.example.com:3128")
        .environment("HTTPS_PROXY", "http://proxy.example.com:3128")
        .environment("NO_PROXY", "localhost,127.0.0.1,10.0.0.0/8")
        .replaceExecStart("/usr/bin/dockerd --containerd=/run/containerd/containerd.sock"));

    var docker = DockerDaemon.create()
        .cgroupParent(container)
        .cgroupDriver(CgroupDriver.SYSTEMD)
        .host(DockerHost.tcp("0.0.0.0", 2375))
        .host(DockerHost.unix("/var/run/docker.sock"))
        .tls(DockerTls.disabled())
        .logDriver(LogDriver.JOURNALD);

    var worker = HostProfile.named("worker", p -> p
        .slice(container)
        .dropIn(dockerService)
        .docker(docker)
        .containerd(Containerd.create().sandboxImage("registry.k8s.io/pause:3.10"))
        .journald(Journald.create().storage(Storage.AUTO).systemMaxUse(Size.gib(4)))
        .kubelet(Kubelet.create())
        .kubernetesPrerequisites()
        .allow("docker-tcp-without-tls", "seed 000 serves the Docker API on the private 10.0.0.0/8 network only"));

    return Cluster.named("prod")
        .controlPlane(Node.named("kube-master", n -> n.address("10.1.0.1").profile(worker)))
        .workers(
            Node.named("azure-prd-02", n -> n.profile(worker)),
            Node.named("ded-prd-01", n -> n.profile(worker).memory(Size.gib(64)).label("workload", "compute")))
        .build();
  }
}
