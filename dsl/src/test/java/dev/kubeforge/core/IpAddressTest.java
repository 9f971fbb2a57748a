package dev.kubeforge.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IpAddressTest {

  @Test
  void writesIpv6AsRfc5952Does() {
    assertEquals("fd00::1", IpAddress.parse("FD00:0:0:0:0:0:0:0001").toString());
    assertEquals("2001:db8::1:0:0:1", IpAddress.parse("2001:db8:0:0:1:0:0:1").toString());
    assertEquals("2001:db8:0:1:1:1:1:1", IpAddress.parse("2001:db8::1:1:1:1:1").toString());
    assertEquals("2001:db8::", IpAddress.parse("2001:0db8::0").toString());
    assertEquals("::", IpAddress.parse("::").toString());
    assertEquals("::1", IpAddress.parse("0:0:0:0:0:0:0:1").toString());
    assertEquals("::ffff:10.1.0.1", IpAddress.parse("::FFFF:10.1.0.1").toString());
    assertEquals("64:ff9b::a01:1", IpAddress.parse("64:ff9b::10.1.0.1").toString());
  }

  @Test
  void keepsIpv4AsWritten() {
    assertEquals("10.1.0.1", IpAddress.parse("10.1.0.1").toString());
    assertTrue(IpAddress.parse("10.1.0.1").isV4());
    assertFalse(IpAddress.parse("::ffff:10.1.0.1").isV4());
  }

  @Test
  void equalAddressesAreEqualHoweverWritten() {
    assertEquals(IpAddress.parse("fd00::1"), IpAddress.parse("fd00:0000::0:1"));
  }

  @Test
  void rejectsWhatIsNoLiteralWithoutLookingNamesUp() {
    for (String text : List.of("", "kube-master", "10.1.0.256", "10.1.0", "10.01.0.1", "1.2.3.4.5", "fd00:::1",
        "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::1", ":1::", "1:", "fd00::1%eth0", "::1.2.3",
        "::1.2.3.04", "\u0661.2.3.4", "fd0\u0661::1", "localhost")) {
      assertFalse(IpAddress.isValid(text), text);
      assertEquals("not an IP address: '" + text + "'",
          assertThrows(IllegalArgumentException.class, () -> IpAddress.parse(text)).getMessage());
    }
    assertFalse(IpAddress.isValid(null));
  }

  @Test
  void acceptsEveryIpv6Form() {
    for (String text : List.of("1:2:3:4:5:6:7:8", "1::8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "::1.2.3.4",
        "1:2:3:4:5:6:1.2.3.4", "1::1.2.3.4")) {
      assertTrue(IpAddress.isValid(text), text);
    }
  }
}
