package dev.kubeforge.examples.guestbook;

import io.dekorate.docker.annotation.DockerBuild;
import io.dekorate.kubernetes.annotation.Env;
import io.dekorate.kubernetes.annotation.KubernetesApplication;
import io.dekorate.kubernetes.annotation.Mount;
import io.dekorate.kubernetes.annotation.PersistentVolumeClaimVolume;
import io.dekorate.kubernetes.annotation.Port;
import io.dekorate.kubernetes.annotation.Probe;
import io.dekorate.kubernetes.annotation.ResourceRequirements;

/**
 * A guestbook service, described for Kubernetes with dekorate's annotations. Compiling this class makes
 * dekorate write {@code META-INF/dekorate/kubernetes.yml} (a Deployment and a Service) into the module's
 * classes; the production example includes that manifest in its {@code apps} namespace, routes an Ingress
 * to its Service and gives it the claim {@code guestbook-entries} that the Deployment mounts.
 *
 * <p>{@code @DockerBuild} names the image; without it dekorate takes the user who compiles as the image's
 * group, and the manifest would differ from one machine to the next.
 */
@DockerBuild(registry = "registry.example.com", group = "apps", name = "guestbook", version = "1.4.2")
@KubernetesApplication(
    name = "guestbook",
    version = "1.4.2",
    replicas = 2,
    ports = @Port(name = "http", containerPort = 8080),
    envVars = {
        @Env(name = "GUESTBOOK_DATA", value = "/var/lib/guestbook"),
        @Env(name = "GUESTBOOK_MAX_ENTRIES", value = "10000")
    },
    pvcVolumes = @PersistentVolumeClaimVolume(volumeName = "entries", claimName = "guestbook-entries"),
    mounts = @Mount(name = "entries", path = "/var/lib/guestbook"),
    readinessProbe = @Probe(httpActionPath = "/health/ready", periodSeconds = 5),
    livenessProbe = @Probe(httpActionPath = "/health/live", initialDelaySeconds = 30),
    requestResources = @ResourceRequirements(cpu = "100m", memory = "128Mi"),
    limitResources = @ResourceRequirements(cpu = "500m", memory = "256Mi"))
public final class Guestbook {

  private Guestbook() {}

  /** Starts the service; the Kubernetes description above is all this example needs of it. */
  public static void main(String[] args) {
    System.out.println("guestbook listening on :8080");
  }
}
