package dev.kubeforge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.core.Size;
import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Kubelet;
import dev.kubeforge.host.Slice;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.Taint;
import dev.kubeforge.k8s.TaintEffect;
import dev.kubeforge.output.FileTree;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing obtained from a built cluster, and nothing passed in before {@code build()}, can change what is
 * rendered: each test renders, mutates, renders again and compares the bytes.
 */
class ImmutableModelTest {

  private static final HostProfile WORKER = HostProfile.named("worker", p -> p
      .slice(Slice.named("container").memoryMax(Size.gib(4)))
      .containerd(Containerd.create())
      .kubelet(Kubelet.create())
      .kubernetesPrerequisites()
      .allow("no-resource-limits", "a test profile"));

  /** What a definition hands in and may keep: a raw ConfigMap, a raw ClusterRole, a customizer's values. */
  private static final class Inputs {
    final ConfigMap configMap = new ConfigMapBuilder().withNewMetadata().withName("raw").addToLabels("a", "1")
        .endMetadata().addToData("key", "value").build();
    final ClusterRole role = new ClusterRoleBuilder().withNewMetadata().withName("reader").endMetadata()
        .withRules(new PolicyRuleBuilder().withApiGroups("").withResources("pods").withVerbs("get").build()).build();
    final Quantity cpu = new Quantity("250m");
    final AtomicReference<DeploymentBuilder> customized = new AtomicReference<>();

    Cluster cluster() {
      return cluster(() -> {});
    }

    /** The cluster, with {@code beforeBuild} run after everything is added and before {@code build()}. */
    Cluster cluster(Runnable beforeBuild) {
      var cluster = Cluster.named("frozen")
          .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(WORKER).label("zone", "a")
              .taint(Taint.of("dedicated", "cp", TaintEffect.NO_SCHEDULE))))
          .workers(Node.named("w1", n -> n.profile(WORKER)));
      var web = cluster.namespace("web");
      web.app("site").image("nginx:1.27.3").port("http", 80)
          .customize(d -> {
            customized.set(d);
            d.editSpec().editTemplate().editSpec().editFirstContainer().editOrNewResources()
                .addToLimits("cpu", cpu).endResources().endContainer().endSpec().endTemplate().endSpec();
          })
          .allow("run-as-root", "test");
      web.add(configMap);
      web.configMap("settings").entry("greeting", "hello");
      cluster.add(role);
      beforeBuild.run();
      return cluster.build();
    }
  }

  private static FileTree render(Cluster cluster) {
    ClusterDefinition definition = () -> cluster;
    return Kubeforge.generate(definition).files();
  }

  @Test
  void changingWhatWasAddedAfterBuildChangesNothing() {
    var inputs = new Inputs();
    var cluster = inputs.cluster();
    var before = render(cluster);

    inputs.configMap.getData().put("key", "changed");
    inputs.configMap.getMetadata().getLabels().put("b", "2");
    inputs.configMap.getMetadata().setNamespace("elsewhere");
    inputs.role.getRules().get(0).getVerbs().add("delete");
    inputs.role.getMetadata().setName("writer");
    inputs.cpu.setAmount("4");
    inputs.customized.get().editSpec().withReplicas(7).endSpec();
    inputs.customized.get().editMetadata().addToLabels("leaked", "yes").endMetadata();

    assertEquals(before, render(cluster));
    assertEquals(before, render(new Inputs().cluster()), "the cluster renders as one built from fresh inputs");
  }

  @Test
  void changingWhatWasAddedBeforeBuildChangesNothing() {
    var expected = render(new Inputs().cluster());
    var inputs = new Inputs();
    var cluster = inputs.cluster(() -> {
      inputs.configMap.getData().put("key", "changed");
      inputs.configMap.getMetadata().setName("renamed");
      inputs.role.getRules().get(0).getVerbs().add("delete");
      inputs.role.getMetadata().setName("writer");
    });
    assertEquals(expected, render(cluster));
  }

  @Test
  void changingWhatABuiltClusterHandsOutChangesNothing() {
    var cluster = new Inputs().cluster();
    var before = render(cluster);

    for (KubeObject object : cluster.objects()) {
      HasMetadata resource = object.resource();
      assertNotSame(resource, object.resource(), "each call hands out its own copy");
      assertEquals(resource, object.resource());
      resource.getMetadata().setName("renamed");
      resource.getMetadata().setLabels(new java.util.TreeMap<>(Map.of("x", "y")));
      if (resource instanceof Deployment deployment) {
        deployment.getSpec().setReplicas(42);
        deployment.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("evil:latest");
        deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits().get("cpu")
            .setAmount("64");
      }
      if (resource instanceof ConfigMap configMap && configMap.getData() != null) {
        configMap.getData().clear();
      }
    }
    for (Namespace namespace : cluster.namespaces()) {
      namespace.objects().forEach(o -> o.resource().getMetadata().setNamespace("moved"));
      namespace.staticPods().forEach(o -> o.resource().getMetadata().setName("moved"));
    }

    assertEquals(before, render(cluster));
    var site = cluster.objects().stream().filter(o -> o.kind().equals("Deployment")).findFirst().orElseThrow();
    assertEquals(1, ((Deployment) site.resource()).getSpec().getReplicas());
  }

  @Test
  void kubeadmTaintsPassedInOrHandedOutAreCopies() {
    var passedIn = new io.fabric8.kubernetes.api.model.TaintBuilder().withKey("gpu").withValue("true")
        .withEffect("NoSchedule").build();
    var kubeadm = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").taint(Taint.of("dedicated", "cp",
            TaintEffect.NO_SCHEDULE))))
        .kubeadm(k -> k.podSubnet("10.244.0.0/16").kubeletConfiguration(c -> c.registerWithTaints(passedIn)))
        .build().kubeadm().orElseThrow();
    passedIn.setKey("changed-after-build");
    kubeadm.kubeletConfiguration().registerWithTaints().get(0).setValue("changed-from-outside");
    var registration = kubeadm.initNode().orElseThrow().registration();
    registration.taints().get(0).setKey("changed-from-outside");

    assertEquals("gpu=true:NoSchedule", taint(kubeadm.kubeletConfiguration().registerWithTaints().get(0)));
    assertEquals("dedicated=cp:NoSchedule", taint(registration.taints().get(0)));
  }

  private static String taint(io.fabric8.kubernetes.api.model.Taint taint) {
    return taint.getKey() + "=" + taint.getValue() + ":" + taint.getEffect();
  }

  @Test
  void everyListAndMapHandedOutIsUnmodifiable() {
    var cluster = new Inputs().cluster();
    var namespace = cluster.namespaces().get(0);
    var node = cluster.nodes().get(0);
    var profile = node.profile();
    var object = cluster.objects().get(0);
    for (Collection<?> collection : List.<Collection<?>>of(cluster.namespaces(), cluster.clusterObjects(),
        cluster.allowances(), cluster.nodes(), cluster.objects(), cluster.controlPlaneNodes(), cluster.workerNodes(),
        cluster.hostProfiles(), namespace.objects(), namespace.secrets(), namespace.ingresses(), namespace.staticPods(),
        node.taints(), profile.units(), profile.dropIns(), profile.sysctls(), profile.kernelModules(),
        profile.allDropIns(), cluster.cloudInit().files(), cluster.cloudInit().packages())) {
      assertUnmodifiable(collection, object);
    }
    for (Map<String, String> map : List.of(node.labels(), node.allowances(), profile.allowances())) {
      assertThrows(UnsupportedOperationException.class, () -> map.put("k", "v"), map::toString);
    }
  }

  @SuppressWarnings("unchecked")
  private static void assertUnmodifiable(Collection<?> collection, Object element) {
    assertThrows(UnsupportedOperationException.class, () -> ((Collection<Object>) collection).add(element),
        collection::toString);
  }

  @Test
  void profileAndNodeBuildersWorkOnlyInsideTheirLambda() {
    var profileBuilder = new AtomicReference<HostProfile.Builder>();
    var profile = HostProfile.named("worker", profileBuilder::set);
    assertEquals("host profile worker is already built: set it inside HostProfile.named(\"worker\", p -> ...)",
        assertThrows(IllegalStateException.class, () -> profileBuilder.get().containerd(Containerd.create()))
            .getMessage());
    assertEquals(null, profile.containerd());

    var nodeBuilder = new AtomicReference<Node.Builder>();
    var node = Node.named("w1", nodeBuilder::set);
    assertEquals("node w1 is already built: set it inside Node.named(\"w1\", n -> ...)",
        assertThrows(IllegalStateException.class, () -> nodeBuilder.get().label("zone", "b")).getMessage());
    assertEquals(Map.of(), node.labels());
  }

  @Test
  void profilesAndNodesHaveNoCopyReturningOptionMethods() {
    for (Class<?> type : List.of(HostProfile.class, Node.class)) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
          assertTrue(method.getParameterCount() == 0 || method.getName().equals("equals"),
              type.getSimpleName() + "." + method.getName() + " takes a setting and would return a copy to drop");
        }
      }
    }
  }

  /** Only the root's builder is a public entry: every other builder is made, and built, by its parent. */
  @Test
  void onlyTheClusterBuilderIsPublicToMakeAndToBuild() throws IOException {
    var classes = Path.of("target/classes");
    List<Class<?>> builders = new ArrayList<>();
    for (String layer : List.of("k8s", "host", "kubeadm", "cloudinit", "cluster")) {
      try (Stream<Path> files = Files.list(classes.resolve("dev/kubeforge").resolve(layer))) {
        for (Path file : files.sorted().toList()) {
          var name = file.getFileName().toString();
          if (name.endsWith("$Builder.class")) {
            builders.add(load("dev.kubeforge." + layer + "." + name.substring(0, name.length() - ".class".length())));
          }
        }
      }
    }
    assertTrue(builders.size() >= 28, "found the builders: " + builders);
    var publicBuild = new ArrayList<String>();
    for (Class<?> builder : builders) {
      for (Constructor<?> constructor : builder.getDeclaredConstructors()) {
        assertFalse(Modifier.isPublic(constructor.getModifiers()), constructor + " is public");
      }
      Arrays.stream(builder.getMethods())
          .filter(m -> m.getName().equals("build") || m.getName().equals("expand"))
          .forEach(m -> publicBuild.add(builder.getName() + "." + m.getName()));
    }
    assertEquals(List.of("dev.kubeforge.cluster.Cluster$Builder.build"), publicBuild);
    for (Class<?> built : List.of(Cluster.class, Namespace.class, KubeObject.class, CloudInit.Part.class)) {
      for (Constructor<?> constructor : built.getDeclaredConstructors()) {
        assertEquals(built == CloudInit.Part.class, Modifier.isPublic(constructor.getModifiers()),
            constructor + ": only the documented doors are public");
      }
    }
  }

  private static Class<?> load(String binaryName) {
    try {
      return Class.forName(binaryName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theDoorsNeedTheClusterScope() {
    Consumer<Constructor<?>> needsScope = constructor -> assertEquals(
        List.of(dev.kubeforge.core.Scope.class), List.of(constructor.getParameterTypes()), constructor.toString());
    for (Class<?> door : List.of(dev.kubeforge.k8s.ClusterObjects.class, dev.kubeforge.kubeadm.Kubeadm.Part.class,
        CloudInit.Part.class)) {
      Arrays.stream(door.getConstructors()).forEach(needsScope);
    }
  }

  /**
   * The objects themselves, not copies, are read by checks and renderers only; any other class of the
   * library takes {@code resource()}, the copy.
   */
  @Test
  void onlyChecksAndRenderersReadTheObjectsThemselves() throws IOException {
    var root = Path.of("target/classes");
    var readers = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        var bytes = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (bytes.contains("readOnlyResource") || bytes.contains("readOnlyPodTemplate")) {
          readers.add(root.relativize(file).getParent().toString().replace('/', '.'));
        }
      }
    }
    assertTrue(readers.contains("dev.kubeforge.check") && readers.contains("dev.kubeforge.render"), readers::toString);
    assertEquals(List.of(), readers.stream().distinct()
        .filter(p -> !List.of("dev.kubeforge.check", "dev.kubeforge.render", "dev.kubeforge.k8s").contains(p)).toList());
  }
}
