package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The values the workload side takes from a controller: container arguments and the template volume. */
class IngressControllerTest {

  @Test
  void defaultIngressNginxNeedsOnlyItsClass() {
    var nginx = IngressController.nginx();
    assertEquals(List.of("--ingress-class=nginx"), nginx.controllerArgs());
    assertNull(nginx.templateVolume());
    assertEquals("nginx.ingress.kubernetes.io/auth-type", nginx.annotation("auth-type"));
  }

  @Test
  void theSeedsControllerOnPort8080WithItsTemplateAndLegacyAnnotations() {
    var template = new ConfigMapKey("ingress", "nginx-template", "custom.tmpl");
    var nginx = IngressController.nginx().httpPort(8080).template(template).legacyAnnotations().className("lb");

    assertEquals(List.of("--ingress-class=lb", "--http-port=8080", "--annotations-prefix=ingress.kubernetes.io"),
        nginx.controllerArgs());
    assertEquals("ingress.kubernetes.io/auth-secret", nginx.annotation("auth-secret"));
    var volume = new io.fabric8.kubernetes.api.model.Volume();
    nginx.templateVolume().describe(volume);
    assertEquals("nginx-template", nginx.templateVolume().volumeName());
    assertEquals("nginx-template", volume.getConfigMap().getName());
    assertEquals("custom.tmpl", volume.getConfigMap().getItems().get(0).getKey());
    assertEquals("nginx.tmpl", volume.getConfigMap().getItems().get(0).getPath());
    assertEquals("/etc/nginx/template", IngressController.IngressNginx.TEMPLATE_DIRECTORY);
  }

  @Test
  void referencesBecomeTheSelectorsAndVolumeSourcesPodsUse() {
    var secretKey = new SecretKey("db", "mysql", "password").selector();
    assertEquals(List.of("mysql", "password"), List.of(secretKey.getName(), secretKey.getKey()));
    var configKey = new ConfigMapKey("db", "mysql", "database").selector();
    assertEquals(List.of("mysql", "database"), List.of(configKey.getName(), configKey.getKey()));
    assertEquals("mysql-data", new PvcRef("db", "mysql-data").volumeSource().getClaimName());
    assertEquals("mysql-tls", new SecretRef("db", "mysql-tls").volumeSource().getSecretName());
    assertEquals("mysql", new ConfigMapRef("db", "mysql").volumeSource().getName());
  }
}
