// Shared by the verify scripts: asserts that a fixture's build.log has a line for each expectation, in
// this order. A String (or GString) must equal a whole line; a Pattern (~/.../) must match a whole line.
// Returns the matchers, so a script can read the groups of its patterns.
import java.util.regex.Pattern

return { File basedir, List expectations ->
  def log = new File(basedir, 'build.log').text
  int from = 0
  expectations.collect { expected ->
    def regex = expected instanceof Pattern ? expected.pattern() : Pattern.quote(expected.toString())
    def matcher = Pattern.compile('(?m)^' + regex + '$').matcher(log)
    assert matcher.find(from) : "build.log has no line ${expected instanceof Pattern ? "matching /$regex/" : "'$expected'"} after offset $from"
    from = matcher.end()
    matcher
  }
}
