package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When a CronJob runs: a cron expression as Kubernetes reads it ({@code spec.schedule}), checked when it
 * is made, and the time zone it is read in ({@code spec.timeZone}), if any. Obtained from
 * {@code CronSchedule.of("0 3 * * MON-FRI")}.
 *
 * <p>Five fields, separated by spaces: minute (0-59), hour (0-23), day of month (1-31), month (1-12 or
 * {@code JAN}-{@code DEC}) and day of week (0-6, Sunday is 0, or {@code SUN}-{@code SAT}). Each field is
 * a list ({@code 1,15}) of values, ranges ({@code 9-17}), {@code *} or {@code ?} for every value, each
 * optionally with a step ({@code *}{@code /15}, {@code 0-30/10}, {@code 5/20}). Names are
 * case-insensitive. Instead of the fields, one of the macros {@code @yearly} ({@code @annually}),
 * {@code @monthly}, {@code @weekly}, {@code @daily} ({@code @midnight}) or {@code @hourly}. A leading
 * {@code CRON_TZ=<zone>} or {@code TZ=<zone>}, which the API server refuses in {@code spec.schedule}, is
 * read as the time zone.
 *
 * @param expression the schedule as written to {@code spec.schedule}: five fields or a macro
 * @param timeZone the IANA zone the schedule is read in ({@code spec.timeZone}); empty for the controller
 *     manager's zone
 * @see <a href="https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax">Schedule syntax</a>
 */
public record CronSchedule(String expression, Optional<ZoneId> timeZone) {

  private static final Map<String, String> MACROS = Map.of(
      "@yearly", "0 0 1 1 *",
      "@annually", "0 0 1 1 *",
      "@monthly", "0 0 1 * *",
      "@weekly", "0 0 * * 0",
      "@daily", "0 0 * * *",
      "@midnight", "0 0 * * *",
      "@hourly", "0 * * * *");

  private static final List<Field> FIELDS = List.of(
      new Field("minute", 0, 59, List.of()),
      new Field("hour", 0, 23, List.of()),
      new Field("day-of-month", 1, 31, List.of()),
      new Field("month", 1, 12,
          List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")),
      new Field("day-of-week", 0, 6, List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat")));

  /** Checks the values; a schedule that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public CronSchedule {
    requireNonNull(expression, "expression");
    requireNonNull(timeZone, "timeZone");
    fields(expression);
  }

  /**
   * The schedule {@code expression}: five fields or a macro, optionally after {@code CRON_TZ=<zone>}.
   * Throws {@link IllegalArgumentException} naming the field and the rule it breaks.
   */
  public static CronSchedule of(String expression) {
    requireNonNull(expression, "schedule");
    for (String prefix : List.of("CRON_TZ=", "TZ=")) {
      if (expression.startsWith(prefix)) {
        int space = expression.indexOf(' ');
        if (space < 0) {
          throw new IllegalArgumentException("not a cron schedule: '" + expression + "' (" + prefix
              + "<zone> must be followed by the five fields or a macro)");
        }
        return new CronSchedule(expression.substring(space + 1),
            Optional.of(zone(expression.substring(prefix.length(), space))));
      }
    }
    return new CronSchedule(expression, Optional.empty());
  }

  /**
   * Returns a copy read in {@code zone}, an IANA zone such as {@code Europe/Berlin}
   * ({@code spec.timeZone}). Replaces any previous zone.
   */
  public CronSchedule timeZone(String zone) {
    return new CronSchedule(expression, Optional.of(zone(zone)));
  }

  /** The minutes of the hour it runs at, ascending. */
  public List<Integer> minutes() {
    return fields(expression).get(0);
  }

  /** The hours of the day it runs at, ascending. */
  public List<Integer> hours() {
    return fields(expression).get(1);
  }

  /** The days of the month it runs on, ascending (Kubernetes runs when this or the day of week matches, if both are restricted). */
  public List<Integer> daysOfMonth() {
    return fields(expression).get(2);
  }

  /** The months it runs in, 1 to 12, ascending. */
  public List<Integer> months() {
    return fields(expression).get(3);
  }

  /** The days of the week it runs on, 0 (Sunday) to 6, ascending. */
  public List<Integer> daysOfWeek() {
    return fields(expression).get(4);
  }

  /** The expression, as written to {@code spec.schedule}. */
  @Override
  public String toString() {
    return expression;
  }

  private static ZoneId zone(String zone) {
    requireNonNull(zone, "zone");
    if (!ZoneId.getAvailableZoneIds().contains(zone)) {
      throw new IllegalArgumentException("not an IANA time zone: '" + zone + "' (such as Europe/Berlin or Etc/UTC)");
    }
    return ZoneId.of(zone);
  }

  /** The values of the five fields, or an exception naming the field and its rule. */
  private static List<List<Integer>> fields(String expression) {
    var macro = MACROS.get(expression);
    var text = macro != null ? macro : expression;
    var parts = text.split("\\s+", -1);
    if (expression.startsWith("@") && macro == null) {
      throw invalid(expression, "unknown macro; Kubernetes knows @yearly, @annually, @monthly, @weekly, @daily,"
          + " @midnight and @hourly");
    }
    if (parts.length != FIELDS.size() || !text.equals(text.strip())) {
      throw invalid(expression, "five fields: minute hour day-of-month month day-of-week, or @hourly, @daily, ...");
    }
    var values = new ArrayList<List<Integer>>(FIELDS.size());
    for (int i = 0; i < parts.length; i++) {
      values.add(FIELDS.get(i).parse(expression, parts[i]));
    }
    return List.copyOf(values);
  }

  private static IllegalArgumentException invalid(String expression, String rule) {
    return new IllegalArgumentException("not a cron schedule: '" + expression + "' (" + rule + ")");
  }

  /** One field of the expression: its name in messages, its range and the names of its values. */
  private record Field(String name, int min, int max, List<String> names) {

    List<Integer> parse(String expression, String text) {
      var values = new TreeSet<Integer>();
      for (String item : text.split(",", -1)) {
        if (item.isEmpty()) {
          throw invalid(expression, name + " '" + text + "' has an empty list entry");
        }
        var slash = item.split("/", -1);
        if (slash.length > 2) {
          throw invalid(expression, name + " '" + item + "' has more than one step");
        }
        int step = 1;
        if (slash.length == 2) {
          step = number(expression, slash[1], item, "step");
          if (step < 1) {
            throw invalid(expression, name + " step in '" + item + "' must be at least 1");
          }
        }
        int low;
        int high;
        var range = slash[0];
        if (range.equals("*") || range.equals("?")) {
          low = min;
          high = max;
        } else {
          var dash = range.split("-", -1);
          if (dash.length > 2) {
            throw invalid(expression, name + " '" + item + "' is not a value, a range or *");
          }
          low = value(expression, dash[0], item);
          high = dash.length == 2 ? value(expression, dash[1], item) : slash.length == 2 ? max : low;
          if (low > high) {
            throw invalid(expression, name + " range '" + item + "' runs backwards");
          }
        }
        for (int value = low; value <= high; value += step) {
          values.add(value);
        }
      }
      return List.copyOf(values);
    }

    private int value(String expression, String text, String item) {
      int index = names.indexOf(text.toLowerCase(Locale.ROOT));
      int value = index >= 0 ? index + min : number(expression, text, item, "value");
      if (value < min || value > max) {
        throw invalid(expression, name + " '" + text + "' is outside " + min + "-" + max
            + (names.isEmpty() ? "" : " (or " + names.get(0).toUpperCase(Locale.ROOT) + "-"
                + names.get(names.size() - 1).toUpperCase(Locale.ROOT) + ")"));
      }
      return value;
    }

    private int number(String expression, String text, String item, String what) {
      if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw invalid(expression, name + " " + what + " '" + text + "' in '" + item + "' is not a number"
            + (names.isEmpty() || what.equals("step") ? "" : " or a name such as "
                + names.get(0).toUpperCase(Locale.ROOT)));
      }
      return Integer.parseInt(text);
    }
  }
}
