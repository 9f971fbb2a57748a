package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelIndexTest {

  @Test
  void selectsByEveryLabelWithinTheNamespaceInTheOrderAdded() {
    var index = new LabelIndex<String>();
    index.add("web", Map.of("app", "site", "tier", "front"), "site");
    index.add("web", Map.of("app", "site"), "site-canary");
    index.add("db", Map.of("app", "site"), "elsewhere");
    index.add("web", Map.of("app", "shop"), "shop");

    assertEquals(List.of("site", "site-canary"), index.selected("web", Map.of("app", "site")));
    assertEquals(List.of("site"), index.selected("web", Map.of("app", "site", "tier", "front")));
    assertEquals(List.of("elsewhere"), index.selected("db", Map.of("app", "site")));
    assertEquals(List.of(), index.selected("web", Map.of("app", "gone")));
    assertEquals(List.of(), index.selected("web", Map.of()));
    assertEquals(List.of(), index.selected("web", null));
  }
}
