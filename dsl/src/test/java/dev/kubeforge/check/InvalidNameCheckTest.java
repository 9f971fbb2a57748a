package dev.kubeforge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The DNS-1123 subdomain test is a loop; it must accept exactly what the Kubernetes pattern accepts. */
class InvalidNameCheckTest {

  private static final Pattern DNS_1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  @Test
  void acceptsWhatThePatternAccepts() {
    var random = new SplittableRandom(1123);
    var alphabet = "ab9-.-.Z_ é";
    for (int i = 0; i < 200_000; i++) {
      var name = new StringBuilder();
      for (int length = random.nextInt(9); length > 0; length--) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      var text = name.toString();
      assertEquals(DNS_1123_SUBDOMAIN.matcher(text).matches(), InvalidNameCheck.isDns1123Subdomain(text), text);
    }
  }

  @Test
  void examples() {
    for (String valid : List.of("web", "a.b-c.d9", "0")) {
      assertTrue(InvalidNameCheck.isDns1123Subdomain(valid), valid);
    }
    for (String invalid : List.of("", "-web", "web-", "a..b", "a.-b", "a-.b", ".a", "a.", "Web", "web_app")) {
      assertFalse(InvalidNameCheck.isDns1123Subdomain(invalid), invalid);
    }
  }
}
