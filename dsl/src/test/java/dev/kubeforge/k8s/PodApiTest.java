package dev.kubeforge.k8s;

import static dev.kubeforge.check.PolicyFixtures.BEFORE_THE_PACK;
import static dev.kubeforge.k8s.ConventionsTest.file;
import static dev.kubeforge.k8s.ConventionsTest.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.check.ProblemsException;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.IpAddress;
import dev.kubeforge.core.Size;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The typed pod API beyond the basics, rendered: each workload file asserted whole, each misuse refused at the call. */
class PodApiTest {

  @Test
  void aWebAppWithTheSchedulingDnsLifecycleAndVolumesItNeeds() {
    var files = render(web -> {
      var config = web.configMap("site").entry("nginx.conf", "events {}").ref();
      var tls = web.external(ExternalSecret.named("site-tls")).ref();
      web.app("site").image("nginx:1.27.3").replicas(3).port("http", 80)
          .limits(Cpu.millis(500), Size.mib(256))
          .readiness(Probe.http("/healthz", "http").httpHeader("Host", "site.lan"))
          .liveness(Probe.tcp("http").terminationGracePeriod(Duration.ofSeconds(10)))
          .preStop(LifecycleHook.sleep(Duration.ofSeconds(5)))
          .terminationGracePeriod(Duration.ofSeconds(45))
          .spreadAcross(TopologyKey.ZONE, 1)
          .dnsConfig(DnsConfig.create().option("ndots", "2"))
          .hostAlias(IpAddress.parse("10.0.0.5"), "nas.lan")
          .noServiceLinks()
          .envFrom(config)
          .mountReadOnly("/etc/nginx", KeyVolume.of(config).item("nginx.conf", "nginx.conf"))
          .mountReadOnly("/etc/tls", KeyVolume.of(tls).defaultMode(FileMode.of(0400)))
          .mountReadOnly("/var/run/podinfo", DownwardApiVolume.named("podinfo").labels("labels")
              .resource("memory-limit", "site", ResourceField.LIMITS_MEMORY))
          .nativeSidecar("vault-agent", s -> s.image("hashicorp/vault:1.17.2").limits(Size.mib(64))
              .mount("/vault", ProjectedVolume.named("vault-token")
                  .serviceAccountToken("token", "vault", Duration.ofHours(1))));
    });
    assertEquals("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          labels:
            app.kubernetes.io/name: site
          name: site
          namespace: web
        spec:
          minReadySeconds: 0
          replicas: 3
          revisionHistoryLimit: 10
          selector:
            matchLabels:
              app.kubernetes.io/name: site
          strategy:
            rollingUpdate:
              maxSurge: 25%
              maxUnavailable: 25%
            type: RollingUpdate
          template:
            metadata:
              labels:
                app.kubernetes.io/name: site
            spec:
              containers:
                - envFrom:
                    - configMapRef:
                        name: site
                  image: nginx:1.27.3
                  imagePullPolicy: IfNotPresent
                  lifecycle:
                    preStop:
                      sleep:
                        seconds: 5
                  livenessProbe:
                    failureThreshold: 3
                    initialDelaySeconds: 0
                    periodSeconds: 10
                    successThreshold: 1
                    tcpSocket:
                      port: http
                    terminationGracePeriodSeconds: 10
                    timeoutSeconds: 1
                  name: site
                  ports:
                    - containerPort: 80
                      name: http
                      protocol: TCP
                  readinessProbe:
                    failureThreshold: 3
                    httpGet:
                      httpHeaders:
                        - name: Host
                          value: site.lan
                      path: /healthz
                      port: http
                      scheme: HTTP
                    initialDelaySeconds: 0
                    periodSeconds: 10
                    successThreshold: 1
                    timeoutSeconds: 1
                  resources:
                    limits:
                      cpu: 500m
                      memory: 256Mi
                  volumeMounts:
                    - mountPath: /etc/nginx
                      name: site
                      readOnly: true
                    - mountPath: /etc/tls
                      name: site-tls
                      readOnly: true
                    - mountPath: /var/run/podinfo
                      name: podinfo
                      readOnly: true
              dnsConfig:
                options:
                  - name: ndots
                    value: "2"
              enableServiceLinks: false
              hostAliases:
                - hostnames:
                    - nas.lan
                  ip: 10.0.0.5
              initContainers:
                - image: hashicorp/vault:1.17.2
                  imagePullPolicy: IfNotPresent
                  name: vault-agent
                  resources:
                    limits:
                      memory: 64Mi
                  restartPolicy: Always
                  volumeMounts:
                    - mountPath: /vault
                      name: vault-token
              terminationGracePeriodSeconds: 45
              topologySpreadConstraints:
                - labelSelector:
                    matchLabels:
                      app.kubernetes.io/name: site
                  maxSkew: 1
                  topologyKey: topology.kubernetes.io/zone
                  whenUnsatisfiable: DoNotSchedule
              volumes:
                - configMap:
                    items:
                      - key: nginx.conf
                        path: nginx.conf
                    name: site
                  name: site
                - name: site-tls
                  secret:
                    defaultMode: 256
                    secretName: site-tls
                - downwardAPI:
                    items:
                      - fieldRef:
                          apiVersion: v1
                          fieldPath: metadata.labels
                        path: labels
                      - path: memory-limit
                        resourceFieldRef:
                          containerName: site
                          resource: limits.memory
                  name: podinfo
                - name: vault-token
                  projected:
                    sources:
                      - serviceAccountToken:
                          audience: vault
                          expirationSeconds: 3600
                          path: token
        """, file(files, "deployment-site.yaml"));
  }

  @Test
  void aLockedDownPodAndContainer() {
    var files = render(web -> web.app("agent").image("agent:1.0").limits(Size.mib(64))
        .podSecurity(PodSecurity.user(1000).group(1000).fsGroup(2000).fsGroupOnRootMismatch()
            .supplementalGroups(44).strictSupplementalGroups()
            .sysctl("net.ipv4.ip_unprivileged_port_start", "0")
            .seLinux(SeLinux.level("s0:c123,c456")).appArmorRuntimeDefault().seccompRuntimeDefault())
        .securityContext(SecurityContext.restricted(1000).readOnlyRoot().appArmorLocalhost("k8s-agent"))
        .userNamespace().noServiceAccountToken().service(s -> s.disable()));
    assertEquals("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          labels:
            app.kubernetes.io/name: agent
          name: agent
          namespace: web
        spec:
          minReadySeconds: 0
          replicas: 1
          revisionHistoryLimit: 10
          selector:
            matchLabels:
              app.kubernetes.io/name: agent
          strategy:
            rollingUpdate:
              maxSurge: 25%
              maxUnavailable: 25%
            type: RollingUpdate
          template:
            metadata:
              labels:
                app.kubernetes.io/name: agent
            spec:
              automountServiceAccountToken: false
              containers:
                - image: agent:1.0
                  imagePullPolicy: IfNotPresent
                  name: agent
                  resources:
                    limits:
                      memory: 64Mi
                  securityContext:
                    allowPrivilegeEscalation: false
                    appArmorProfile:
                      localhostProfile: k8s-agent
                      type: Localhost
                    capabilities:
                      drop:
                        - ALL
                    readOnlyRootFilesystem: true
                    runAsNonRoot: true
                    runAsUser: 1000
              hostUsers: false
              securityContext:
                appArmorProfile:
                  type: RuntimeDefault
                fsGroup: 2000
                fsGroupChangePolicy: OnRootMismatch
                runAsGroup: 1000
                runAsNonRoot: true
                runAsUser: 1000
                seLinuxOptions:
                  level: "s0:c123,c456"
                seccompProfile:
                  type: RuntimeDefault
                supplementalGroups:
                  - 44
                supplementalGroupsPolicy: Strict
                sysctls:
                  - name: net.ipv4.ip_unprivileged_port_start
                    value: "0"
        """, file(files, "deployment-agent.yaml"));
  }

  @Test
  void aMistypedKeyOfAKeyVolumeOrProjectionIsReportedWithItsPath() {
    ClusterDefinition definition = () -> {
      var cluster = Cluster.named("prod");
      var web = cluster.namespace("web");
      var config = web.configMap("site").entry("nginx.conf", "events {}").ref();
      web.app("site").image("nginx:1.27.3").limits(Size.mib(64)).securityContext(SecurityContext.user(1000))
          .mountReadOnly("/etc/nginx", KeyVolume.of(config).item("nginx.cnf", "nginx.conf"))
          .mountReadOnly("/etc/site", ProjectedVolume.named("both").keys(KeyVolume.of(config).item("site.conf", "site.conf")));
      return cluster.build();
    };
    assertEquals("""
        2 errors (nothing was written)
        error: cluster prod › namespace web › app site › volume both: the volume reads key 'site.conf' of \
        ConfigMap 'site', which has only [nginx.conf] [dangling-config-reference]
          hint: read one of its keys; configMap.key("name") gives a typed reference
        error: cluster prod › namespace web › app site › volume site: the volume reads key 'nginx.cnf' of \
        ConfigMap 'site', which has only [nginx.conf] [dangling-config-reference]
          hint: read one of its keys; configMap.key("name") gives a typed reference""", assertThrows(ProblemsException.class, () -> Kubeforge.generate(List.of(definition), BEFORE_THE_PACK)).getMessage());
  }

  private static void refused(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void badArgumentsAreRefusedAtTheCallSite() {
    var cluster = Cluster.named("prod");
    var web = cluster.namespace("web");
    var other = cluster.namespace("other").external(ExternalSecret.named("registry")).ref();
    var app = web.app("site").image("nginx:1.27.3");
    refused("a file mode is 0 to 0777 (octal), was 01000", () -> FileMode.of(01000));
    refused("a token's expiration is whole seconds, at least 10 minutes, was PT5M",
        () -> ProjectedVolume.named("t").serviceAccountToken("token", "vault", Duration.ofMinutes(5)));
    refused("a projected file's path is relative without '..', was '../etc'",
        () -> DownwardApiVolume.named("podinfo").labels("../etc"));
    refused("a downward API volume cannot hold status.podIP (only metadata: name, namespace, uid, labels,"
        + " annotations); use an env variable", () -> DownwardApiVolume.named("podinfo").field("ip", FieldRef.POD_IP));
    refused("a pod has at most 3 DNS nameservers, was [1.1.1.1, 1.0.0.1, 8.8.8.8, 8.8.4.4]", () -> {
      var config = DnsConfig.create();
      for (String address : new String[] {"1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4"}) {
        config = config.nameserver(IpAddress.parse(address));
      }
    });
    refused("only an HTTP probe sends headers, this one is TcpSocket[port='http']",
        () -> Probe.tcp("http").httpHeader("Host", "site.lan"));
    refused("not an HTTP header name: 'Bad Header'", () -> Probe.http("/", 80).httpHeader("Bad Header", "x"));
    refused("a lifecycle hook's sleep is whole seconds, at least 0s, was PT-1S",
        () -> LifecycleHook.sleep(Duration.ofSeconds(-1)));
    refused("terminationGracePeriod must be whole seconds, at least 0s, was PT0.5S",
        () -> app.terminationGracePeriod(Duration.ofMillis(500)));
    refused("maxSkew must be >= 1, was 0", () -> app.spreadAcross(TopologyKey.ZONE, 0));
    refused("a projected Secret has no defaultMode of its own; set ProjectedVolume.defaultMode(..)",
        () -> ProjectedVolume.named("creds").keys(KeyVolume.of(other).defaultMode(FileMode.of(0400))));
    refused("Secret registry is in namespace other, but app site runs in namespace web; pods use their own"
        + " namespace's", () -> app.imagePullSecret(other));
    refused("Secret tls is in namespace other, but app site runs in namespace web; pods use their own"
        + " namespace's", () -> app.mount("/creds", ProjectedVolume.named("creds")
            .keys(KeyVolume.of(cluster.namespace("other").external(ExternalSecret.named("tls")).ref()))));
    refused("an AppArmor localhostProfile goes with type Localhost, and only with it: type Localhost,"
        + " localhostProfile null", () -> new SecurityContext(null, null, null, null, null, null, List.of(),
            List.of(), null, null, "Localhost", null, null));
    refused("not a sysctl name: 'Net IPv4' (such as net.ipv4.ip_unprivileged_port_start)",
        () -> PodSecurity.nonRoot().sysctl("Net IPv4", "1"));
    refused("SELinux level must be non-blank without spaces, was ' '", () -> SeLinux.level(" "));
    refused("CSI driver is not a DNS-1123 subdomain: 'Secrets Store' (lowercase letters, digits, '-' and '.', at"
        + " most 253)", () -> CsiVolume.of("secrets", "Secrets Store"));
    refused("host alias hostname is not a DNS-1123 subdomain: 'NAS LAN' (lowercase letters, digits, '-' and '.',"
        + " at most 253)", () -> app.hostAlias(IpAddress.parse("10.0.0.5"), "NAS LAN"));
  }
}
