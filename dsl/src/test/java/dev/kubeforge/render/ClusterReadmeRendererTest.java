package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Golden;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.core.Size;
import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Kubelet;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.k8s.AccessMode;
import dev.kubeforge.k8s.ClaimTemplate;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.IngressController;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.SecurityContext;
import dev.kubeforge.k8s.Taint;
import dev.kubeforge.k8s.TaintEffect;
import dev.kubeforge.k8s.TlsCertificate;
import dev.kubeforge.output.FileTree;
import dev.kubeforge.render.MarkdownWriter.Flowchart;
import dev.kubeforge.render.MarkdownWriter.Flowchart.Shape;
import dev.kubeforge.secret.SecretValue;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reviewer's README: golden over a cluster with every section, and the escaping of cells and labels. */
class ClusterReadmeRendererTest {

  /** Nodes on two profiles, three namespaces, an Ingress with TLS, a stateful app with a claim template, Secrets. */
  static final class Shop implements ClusterDefinition {
    @Override
    public Cluster define() {
      var node = HostProfile.named("node", p -> p.containerd(Containerd.create()).kubelet(Kubelet.create())
          .kubernetesPrerequisites());
      var edge = HostProfile.named("edge", p -> p.containerd(Containerd.create()).kubelet(Kubelet.create())
          .kubernetesPrerequisites());
      var cluster = Cluster.named("shop")
          .kubernetesVersion("1.31")
          .controlPlane(Node.named("cp-1", n -> n.address("10.0.0.10").profile(node)))
          .workers(
              Node.named("worker-1", n -> n.address("10.0.0.11").profile(node).label("workload", "web")),
              Node.named("edge-1", n -> n.address("10.0.1.11").profile(edge)
                  .label("node-role.kubernetes.io/edge", "")
                  .taint(Taint.of("dedicated", "edge", TaintEffect.NO_SCHEDULE))))
          .kubeadm(k -> k.podSubnet("10.244.0.0/16")
              .bootstrapToken(SecretValue.fromEnv("KUBEADM_TOKEN"))
              .caCertHash(SecretValue.fromEnv("KUBEADM_CA_CERT_HASH")));
      var nfs = cluster.storageClass("nfs", "example.com/nfs").defaultClass();

      var web = cluster.namespace("web").label("team", "storefront");
      var site = web.app("site").image("nginx:1.27").port("http", 8080).replicas(3)
          .readiness(Probe.http("/", "http"))
          .limits(Cpu.millis(500), Size.mib(256))
          .securityContext(SecurityContext.restricted(101));
      web.pvc("uploads", Size.gib(5)).storageClass(nfs.ref()).accessModes(AccessMode.READ_WRITE_MANY);
      web.ingress("site")
          .controller(IngressController.nginx())
          .host("shop.example.com", "/", site.service().port("http"))
          .host("www.shop.example.com", "/", site.service().port("http"))
          .tls(TlsCertificate.fromSecret("shop-tls"), "shop.example.com", "www.shop.example.com");

      var data = cluster.namespace("data");
      var password = data.secret("db").entry("password", SecretValue.fromEnv("DB_PASSWORD"));
      data.statefulApp("db").image("postgres:16.4").port("postgres", 5432).replicas(2)
          .env("POSTGRES_PASSWORD", password.key("password"))
          .readiness(Probe.exec("pg_isready", "-U", "postgres"))
          .limits(Cpu.cores(1), Size.gib(1))
          .securityContext(SecurityContext.restricted(999))
          .mount("/var/lib/postgresql/data", ClaimTemplate.named("pgdata", Size.gib(20)).storageClass(nfs.ref()));

      cluster.namespace("ops").add(new ServiceBuilder()
          .withNewMetadata().withName("external-db").endMetadata()
          .withNewSpec().withType("ExternalName").withExternalName("db.example.com").endSpec()
          .build());
      return cluster.build();
    }
  }

  @Test
  void inventoryAndTopologyOfACluster() {
    Golden.assertTree(Golden.caseDir("readme", "shop"), readmes(Kubeforge.generate(new Shop()).files()));
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    var first = readmes(Kubeforge.generate(new Shop()).files());
    var second = readmes(Kubeforge.generate(new Shop()).files());
    assertArrayEquals(first.bytes("shop/README.md"), second.bytes("shop/README.md"));
  }

  @Test
  void namesNoSecretValue() {
    var readme = readmes(Kubeforge.generate(new Shop()).files()).text("shop/README.md");
    assertFalse(readme.contains("KUBEADM_TOKEN"), "kubeadm's token is not a Secret to supply by hand");
    assertEquals(1, readme.lines().filter(l -> l.contains("environment variable DB\\_PASSWORD")).count());
  }

  @Test
  void tableCellsEscapePipesBackticksAndMarkup() {
    var md = new MarkdownWriter("").table(List.of("Value", "As text"), List.of(
        List.of(MarkdownWriter.code("a|b"), MarkdownWriter.text("a|b")),
        List.of(MarkdownWriter.code("say `hi`"), MarkdownWriter.text("say `hi`")),
        List.of(MarkdownWriter.code("`x``"), MarkdownWriter.text("*[not](a link)* <b>_")),
        List.of(MarkdownWriter.code("two\nlines"), MarkdownWriter.code(""))));

    assertEquals("""
        | Value | As text |
        |---|---|
        | `a\\|b` | a\\|b |
        | `` say `hi` `` | say \\`hi\\` |
        | ``` `x`` ``` | \\*\\[not\\](a link)\\* \\<b\\>\\_ |
        | `two lines` | - |
        """, md.toString());
  }

  @Test
  void mermaidIdsAreSafeIdentifiersAndLabelsAreQuotedAndEscaped() {
    var chart = new Flowchart("LR");
    var a = chart.id("Deployment", "web", "my.app");
    var b = chart.id("Deployment", "web", "my-app");
    var end = chart.id("end");
    chart.subgraph(chart.id("namespace", "web"), "namespace \"web\" [prod]");
    chart.node(a, Shape.BOX, "say \"hi\" | <b>#1</b>", "`tick` & {curly}");
    chart.node(b, Shape.STADIUM, "second");
    chart.end();
    chart.node(end, Shape.HEXAGON, "end");
    chart.edge(b, a).edge(a, b).edge(b, a);

    assertEquals(List.of("deployment_web_my_app", "deployment_web_my_app_2", "id_end", "deployment_web_my_app"),
        List.of(a, b, end, chart.id("Deployment", "web", "my.app")));
    assertEquals("""
        flowchart LR
          subgraph namespace_web["namespace #34;web#34; [prod]"]
            deployment_web_my_app["say #34;hi#34; #124; #60;b#62;#35;1#60;/b#62;<br>#96;tick#96; #38; {curly}"]
            deployment_web_my_app_2(["second"])
          end
          id_end{{"end"}}
          deployment_web_my_app --> deployment_web_my_app_2
          deployment_web_my_app_2 --> deployment_web_my_app
        """, chart.text());
  }

  private static FileTree readmes(FileTree files) {
    var readmes = FileTree.builder();
    files.paths().stream().filter(p -> p.endsWith("/" + ClusterReadmeRenderer.README))
        .forEach(p -> readmes.add(p, files.bytes(p)));
    return readmes.build();
  }
}
