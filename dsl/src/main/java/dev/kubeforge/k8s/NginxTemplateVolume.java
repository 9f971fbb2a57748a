package dev.kubeforge.k8s;

import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;

/** The template's ConfigMap as a volume holding the one key, at {@code nginx.tmpl}. */
record NginxTemplateVolume(ConfigMapKey template) implements ObjectVolume {

  @Override
  public String volumeName() {
    return template.objectName();
  }

  @Override
  public String namespace() {
    return template.namespace();
  }

  @Override
  public String name() {
    return template.objectName();
  }

  @Override
  public String kind() {
    return "ConfigMap";
  }

  @Override
  public void describe(Volume volume) {
    var item = new KeyToPath();
    item.setKey(template.key());
    item.setPath("nginx.tmpl");
    var source = template.configMapRef().volumeSource();
    source.setItems(new ArrayList<>(List.of(item)));
    volume.setConfigMap(source);
  }
}
