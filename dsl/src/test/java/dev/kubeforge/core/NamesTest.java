package dev.kubeforge.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The name rules are loops; each must accept exactly what Kubernetes' own pattern and length accept. */
class NamesTest {

  private static final Pattern DNS_1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS_1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern QUALIFIED_NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");

  @Test
  void acceptsWhatThePatternsAccept() {
    var random = new SplittableRandom(1123);
    var alphabet = "ab9-.-.Z_ é/";
    for (int i = 0; i < 200_000; i++) {
      var name = new StringBuilder();
      for (int length = random.nextInt(9); length > 0; length--) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      var text = name.toString();
      assertEquals(DNS_1123_LABEL.matcher(text).matches(), Names.isDns1123Label(text), text);
      assertEquals(DNS_1123_SUBDOMAIN.matcher(text).matches(), Names.isDns1123Subdomain(text), text);
      assertEquals(isLabelKey(text), Names.isLabelKey(text), text);
      assertEquals(text.isEmpty() || QUALIFIED_NAME.matcher(text).matches(), Names.isLabelValue(text), text);
    }
  }

  @Test
  void examples() {
    for (String valid : List.of("web", "a.b-c.d9", "0")) {
      assertTrue(Names.isDns1123Subdomain(valid), valid);
    }
    for (String invalid : List.of("", "-web", "web-", "a..b", "a.-b", "a-.b", ".a", "a.", "Web", "web_app")) {
      assertFalse(Names.isDns1123Subdomain(invalid), invalid);
    }
    assertTrue(Names.isDns1123Label("a".repeat(63)));
    assertFalse(Names.isDns1123Label("a".repeat(64)));
    assertFalse(Names.isDns1123Label("a.b"));
    assertTrue(Names.isDns1123Subdomain("a".repeat(253)));
    assertFalse(Names.isDns1123Subdomain("a".repeat(254)));
    assertTrue(Names.isLabelKey("app.kubernetes.io/name"));
    assertTrue(Names.isLabelKey("node-role.kubernetes.io/control-plane"));
    assertFalse(Names.isLabelKey("example.com/"));
    assertFalse(Names.isLabelKey("x".repeat(64)));
    assertTrue(Names.isLabelValue(""));
    assertFalse(Names.isLabelValue("-a"));
    assertFalse(Names.isLabelValue(null));
  }

  /** The key rule as Kubernetes writes it: an optional subdomain prefix and '/', a qualified name of at most 63. */
  private static boolean isLabelKey(String key) {
    int slash = key.indexOf('/');
    var name = slash < 0 ? key : key.substring(slash + 1);
    boolean prefix = slash < 0 || (slash <= 253 && DNS_1123_SUBDOMAIN.matcher(key.substring(0, slash)).matches());
    return prefix && name.length() <= 63 && QUALIFIED_NAME.matcher(name).matches();
  }

  @Test
  void absolutePathsAreNormalizedWithoutControlCharacters() {
    for (String valid : List.of("/etc/motd", "/opt/bin/wupiao", "/etc/docker/tls/ca.pem", "/a b/é", "/." + "a")) {
      assertEquals(valid, Names.requireAbsolutePath("file path", valid));
    }
    var refusals = List.of(
        List.of("etc/motd", "file path is not an absolute, normalized path: 'etc/motd' (starts with '/', no empty,"
            + " '.' or '..' segment, no trailing '/')"),
        List.of("/", "file path is not an absolute, normalized path: '/' (starts with '/', no empty, '.' or '..'"
            + " segment, no trailing '/')"),
        List.of("/etc/../shadow", "file path is not an absolute, normalized path: '/etc/../shadow' (starts with '/',"
            + " no empty, '.' or '..' segment, no trailing '/')"),
        List.of("/etc//motd", "file path is not an absolute, normalized path: '/etc//motd' (starts with '/', no"
            + " empty, '.' or '..' segment, no trailing '/')"),
        List.of("/etc/./motd", "file path is not an absolute, normalized path: '/etc/./motd' (starts with '/', no"
            + " empty, '.' or '..' segment, no trailing '/')"),
        List.of("/etc/", "file path is not an absolute, normalized path: '/etc/' (starts with '/', no empty, '.' or"
            + " '..' segment, no trailing '/')"),
        List.of("/etc/mo\ntd", "file path holds a control character U+000A at index 7"),
        List.of("/etc/\u0000", "file path holds a control character U+0000 at index 5"),
        List.of("/etc/\u0085x", "file path holds a control character U+0085 at index 5"),
        List.of("/etc/\u007F", "file path holds a control character U+007F at index 5"),
        List.of("/etc/\uD800", "file path is not text: a lone surrogate U+D800 at index 5"),
        List.of("/" + "a".repeat(256), "file path has a segment longer than 255 bytes: 'aaaaaaaaaaaaaaaaaaaa...'"),
        List.of("/a".repeat(2048), "file path is longer than 4095 bytes"));
    for (List<String> refusal : refusals) {
      var thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Names.requireAbsolutePath("file path", refusal.get(0)));
      assertEquals(refusal.get(1), thrown.getMessage());
    }
  }
}
