package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoDurationTest {

  @ParameterizedTest
  @CsvSource({
      "PT0S, 0s",
      "PT24H, 24h0m0s",
      "PT1M30S, 1m30s",
      "PT90S, 1m30s",
      "PT1.5S, 1.5s",
      "PT4M, 4m0s",
      "PT0.1S, 100ms",
      "PT0.0015S, 1.5ms",
      "PT0.000002S, 2µs",
      "PT0.000000007S, 7ns",
      "PT-2M, -2m0s",
      "PT8760H, 8760h0m0s",
      "PT1H0.25S, 1h0m0.25s"})
  void writesWhatGoPrints(String iso, String go) {
    assertEquals(go, GoDuration.format(Duration.parse(iso)));
  }
}
