package dev.kubeforge.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CidrTest {

  @Test
  void overlapsWhenOneRangeHoldsTheOther() {
    assertTrue(Cidr.parse("10.96.0.0/12").overlaps(Cidr.parse("10.100.0.0/16")));
    assertTrue(Cidr.parse("10.100.0.0/16").overlaps(Cidr.parse("10.96.0.0/12")));
    assertFalse(Cidr.parse("10.244.0.0/16").overlaps(Cidr.parse("10.96.0.0/12")));
    assertFalse(Cidr.parse("10.0.0.0/8").overlaps(Cidr.parse("fd00::/8")));
    assertTrue(Cidr.parse("fd00:10::/64").overlaps(Cidr.parse("fd00::/8")));
  }

  @Test
  void containsAddressesOfItsFamilyOnly() {
    assertTrue(Cidr.parse("10.244.0.0/16").contains("10.244.255.1"));
    assertFalse(Cidr.parse("10.244.0.0/16").contains("10.245.0.1"));
    assertFalse(Cidr.parse("0.0.0.0/0").contains("::1"));
    assertTrue(Cidr.parse("10.1.2.3/8").contains("10.200.0.1"));
  }

  @Test
  void parsesDualStackLists() {
    assertEquals(List.of("10.244.0.0/16", "fd00:10:244::/56"),
        Cidr.parseList("10.244.0.0/16, fd00:10:244::/56").stream().map(Cidr::toString).toList());
  }

  @Test
  void rejectsWhatIsNoRangeWithoutLookingNamesUp() {
    assertEquals("not a CIDR range: '10.0.0.0' (address/prefix, such as 10.244.0.0/16)",
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0")).getMessage());
    assertEquals("not an IP address: 'example.com'",
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("example.com/16")).getMessage());
    assertEquals("not a CIDR range: '10.0.0.0/33' (prefix 0 to 32)",
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/33")).getMessage());
    assertEquals("not an IP address: '256.0.0.0'",
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("256.0.0.0/8")).getMessage());
  }
}
