package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.cluster.Cluster;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Cron schedules are parsed when they are made, with Kubernetes' rules, and keep what was written. */
class CronScheduleTest {

  private static List<Integer> range(int from, int to, int step) {
    return IntStream.iterate(from, i -> i <= to, i -> i + step).boxed().toList();
  }

  @Test
  void fieldsListsRangesAndSteps() {
    var schedule = CronSchedule.of("*/15 9-17 1,15 1-12/3 MON-FRI");
    assertEquals(List.of(0, 15, 30, 45), schedule.minutes());
    assertEquals(range(9, 17, 1), schedule.hours());
    assertEquals(List.of(1, 15), schedule.daysOfMonth());
    assertEquals(List.of(1, 4, 7, 10), schedule.months());
    assertEquals(List.of(1, 2, 3, 4, 5), schedule.daysOfWeek());
    assertEquals("*/15 9-17 1,15 1-12/3 MON-FRI", schedule.expression());
    assertEquals("*/15 9-17 1,15 1-12/3 MON-FRI", schedule.toString());
    assertEquals(Optional.empty(), schedule.timeZone());
  }

  @Test
  void namesAreCaseInsensitiveAndAStartWithAStepRunsToTheEnd() {
    var schedule = CronSchedule.of("5/20 0 ? jan,Jul,DEC sun");
    assertEquals(List.of(5, 25, 45), schedule.minutes());
    assertEquals(range(1, 31, 1), schedule.daysOfMonth());
    assertEquals(List.of(1, 7, 12), schedule.months());
    assertEquals(List.of(0), schedule.daysOfWeek());
  }

  @ParameterizedTest
  @CsvSource({
      "@yearly, 0 0 1 1 *", "@annually, 0 0 1 1 *", "@monthly, 0 0 1 * *", "@weekly, 0 0 * * 0",
      "@daily, 0 0 * * *", "@midnight, 0 0 * * *", "@hourly, 0 * * * *"})
  void macrosMeanTheirFields(String macro, String fields) {
    var schedule = CronSchedule.of(macro);
    var expanded = CronSchedule.of(fields);
    assertEquals(macro, schedule.expression());
    assertEquals(List.of(expanded.minutes(), expanded.hours(), expanded.daysOfMonth(), expanded.months(),
        expanded.daysOfWeek()), List.of(schedule.minutes(), schedule.hours(), schedule.daysOfMonth(),
        schedule.months(), schedule.daysOfWeek()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0 3 * *      | five fields: minute hour day-of-month month day-of-week, or @hourly, @daily, ...",
      "0 3 * * * *  | five fields: minute hour day-of-month month day-of-week, or @hourly, @daily, ...",
      "@every 1h    | unknown macro; Kubernetes knows @yearly, @annually, @monthly, @weekly, @daily, @midnight and @hourly",
      "60 * * * *   | minute '60' is outside 0-59",
      "0 24 * * *   | hour '24' is outside 0-23",
      "0 0 0 * *    | day-of-month '0' is outside 1-31",
      "0 0 1 13 *   | month '13' is outside 1-12 (or JAN-DEC)",
      "0 0 * * 7    | day-of-week '7' is outside 0-6 (or SUN-SAT)",
      "0 0 * * FUN  | day-of-week value 'FUN' in 'FUN' is not a number or a name such as SUN",
      "*/0 * * * *  | minute step in '*/0' must be at least 1",
      "*/x * * * *  | minute step 'x' in '*/x' is not a number",
      "0 17-9 * * * | hour range '17-9' runs backwards",
      "0 1,,2 * * * | hour '1,,2' has an empty list entry",
      "0 1-2-3 * * * | hour '1-2-3' is not a value, a range or *",
      "0 */2/3 * * * | hour '*/2/3' has more than one step",
      "-1 * * * *   | minute value '' in '-1' is not a number"})
  void aBrokenScheduleNamesTheFieldAndTheRule(String expression, String rule) {
    assertEquals("not a cron schedule: '" + expression + "' (" + rule + ")",
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.of(expression)).getMessage());
  }

  @Test
  void surroundingSpacesAreRefused() {
    assertEquals("not a cron schedule: ' 0 3 * * *' (five fields: minute hour day-of-month month day-of-week,"
            + " or @hourly, @daily, ...)",
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.of(" 0 3 * * *")).getMessage());
  }

  @Test
  void aTimeZonePrefixBecomesTheTimeZone() {
    var schedule = CronSchedule.of("CRON_TZ=Europe/Berlin 30 2 * * *");
    assertEquals("30 2 * * *", schedule.expression());
    assertEquals(Optional.of(ZoneId.of("Europe/Berlin")), schedule.timeZone());
    assertEquals(Optional.of(ZoneId.of("Etc/UTC")), CronSchedule.of("TZ=Etc/UTC @daily").timeZone());
    assertEquals(Optional.of(ZoneId.of("Asia/Tokyo")), schedule.timeZone("Asia/Tokyo").timeZone());
    assertEquals("not an IANA time zone: 'Mars/Olympus' (such as Europe/Berlin or Etc/UTC)",
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.of("CRON_TZ=Mars/Olympus @daily"))
            .getMessage());
    assertEquals("not a cron schedule: 'TZ=Etc/UTC' (TZ=<zone> must be followed by the five fields or a macro)",
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.of("TZ=Etc/UTC")).getMessage());
  }

  @Test
  void theCronJobGetsTheExpressionAndTheZoneApart() {
    var cluster = Cluster.named("prod");
    var web = cluster.namespace("web");
    web.scheduledJob("report", "CRON_TZ=Europe/Berlin 30 2 * * *").image("report:1.0");
    web.scheduledJob("cleanup", CronSchedule.of("@hourly")).image("cleanup:1.0").timeZone("Etc/UTC");
    web.scheduledJob("cleanup", "@hourly");
    var specs = cluster.build().objects().stream()
        .filter(object -> object.resource() instanceof CronJob)
        .map(object -> ((CronJob) object.resource()).getSpec())
        .map(spec -> spec.getSchedule() + " in " + spec.getTimeZone())
        .toList();
    assertEquals(List.of("30 2 * * * in Europe/Berlin", "@hourly in Etc/UTC"), specs);
  }
}
