#!/usr/bin/env bash
# Builds what a release publishes and checks it the way Maven Central would, before anyone uploads it:
#
#   bash scripts/check-release.sh                                    # as CI runs it (scripts/test-all.sh)
#   bash scripts/check-release.sh -Dmaven.repo.local=/path/to/repo   # extra arguments go to every mvn
#
# 1. `mvn -B -ntp -Prelease -DskipTests clean package` here: the jar, the sources jar and the javadoc jar
#    (javadoc with every doclint check, any warning fails), checked on the way by maven-enforcer-plugin
#    and maven-artifact-plugin (see the profile `release` in pom.xml);
# 2. the effective POM has what Central requires (name, description, url, licenses, developers, scm)
#    and no dependency that the jar would pull in (compile, runtime or system scope);
# 3. the three jars exist and are not empty; the jar carries META-INF/LICENSE, META-INF/NOTICE,
#    `Automatic-Module-Name: dev.breaker`, its beans.xml and both extension service files; the sources
#    jar has every source file; the javadoc jar has index.html and a page for every public type;
# 4. a second build of the same sources in another directory gives byte-identical jars (reproducible).
#
# It prints each check and exits non-zero naming every one that failed. Signatures (.asc) and checksums
# are not checked: they are made when signing (-Dgpg.keyname=...) and deploying, see CONTRIBUTING.md.
# Needs Java 17 and Maven; about a minute.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

HELP_PLUGIN=org.apache.maven.plugins:maven-help-plugin:3.5.1
MVN=(mvn -B -ntp -Prelease -DskipTests "$@")

work=$(mktemp -d "${TMPDIR:-/tmp}/check-release.XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=()
ok() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures+=("$*"); }
check() { # check "what" command...: ok when the command succeeds
  local what=$1; shift
  if "$@"; then ok "$what"; else fail "$what"; fi
}

# Runs Maven with its output in a log; on failure shows the errors and every javadoc warning.
build() { # build <directory> <log> [goals...]
  local dir=$1 log=$2; shift 2
  if (cd "$dir" && "${MVN[@]}" "$@") >"$log" 2>&1; then
    return 0
  fi
  echo "  mvn failed in $dir; its errors:"
  # Maven's errors without its boilerplate, and without javadoc's own listing (summarised below).
  grep -E '^\[ERROR\]' "$log" \
    | grep -v -E '^\[ERROR\] *$|^\[ERROR\] \[Help|Re-run Maven|full stack trace|For more information about' \
    | awk '/\.java:[0-9]+: (warning|error):/ { exit } { print }' \
    | sed 's/ -> \[Help [0-9]*\]$//; s/^/    /'
  local warnings
  warnings=$(grep -E '\.java:[0-9]+: (warning|error):' "$log" | sed -E 's/^\[(WARNING|ERROR)\] //' | sort -u)
  if [[ -n "$warnings" ]]; then
    echo "  javadoc reported $(wc -l <<<"$warnings") problem(s):"
    sed "s#$root/##; s#^#    #" <<<"$warnings"
  fi
  return 1
}

version=$(sed -n 's#^  <version>\(.*\)</version>#\1#p' pom.xml | head -n 1)
jar=target/breaker-$version.jar
sources=target/breaker-$version-sources.jar
javadoc=target/breaker-$version-javadoc.jar

echo "== build: mvn -Prelease package (enforcer rules, build plan check, sources and javadoc jars)"
effective_pom=$work/effective-pom.xml
if build . "$work/build-1.log" "$HELP_PLUGIN:effective-pom" -Doutput="$effective_pom" clean package; then
  ok "mvn -Prelease -DskipTests package (enforcer rules and check-buildplan passed, javadoc without warnings)"
  built=1
else
  fail "mvn -Prelease -DskipTests package (see the errors above)"
  built=0
fi

echo "== POM (the effective one, as Central reads it)"
# The effective POM is indented by two spaces per level: a top-level element is at two spaces.
pom_block() { # the lines of the top-level element $1
  awk -v tag="$1" '
    $0 ~ "^  <" tag "[ >]" { inside = 1 }
    inside { print }
    $0 ~ "^  </" tag ">" || $0 ~ "^  <" tag ">.*</" tag ">" { inside = 0 }' "$effective_pom"
}
has_text() { # has_text <block lines> <tag>: the block holds <tag>non-empty</tag>
  grep -q -E "<$2>[^<[:space:]][^<]*</$2>" <<<"$1"
}
if [[ -s "$effective_pom" ]]; then
  for field in name description url; do
    check "<$field> is set" has_text "$(pom_block "$field")" "$field"
  done
  licenses=$(pom_block licenses)
  check "<licenses> has a license with a name and a url" \
    bash -c 'grep -q "<name>" <<<"$1" && grep -q "<url>" <<<"$1"' _ "$licenses"
  developers=$(pom_block developers)
  check "<developers> has a developer with a name" has_text "$developers" name
  scm=$(pom_block scm)
  for field in connection developerConnection url; do
    check "<scm> has <$field>" has_text "$scm" "$field"
  done
  # Every dependency must say provided or test: no scope means compile, which the jar would pull in.
  dependencies=$(pom_block dependencies)
  pulled=$(awk '
    /<dependency>/ { id = ""; scope = "compile" }
    /<groupId>/ { gsub(/.*<groupId>|<\/groupId>.*/, ""); id = $0 }
    /<artifactId>/ { gsub(/.*<artifactId>|<\/artifactId>.*/, ""); id = id ":" $0 }
    /<scope>/ { gsub(/.*<scope>|<\/scope>.*/, ""); scope = $0 }
    /<\/dependency>/ && scope != "provided" && scope != "test" { print id " (" scope ")" }' <<<"$dependencies")
  count=$(grep -c '<dependency>' <<<"$dependencies")
  if [[ -z "$pulled" ]]; then
    ok "no dependency the jar pulls in: all $count are provided or test"
  else
    fail "dependencies the jar would pull in: $(paste -s -d' ' <<<"$pulled")"
  fi
else
  fail "effective POM not written (the build stopped before it)"
fi

echo "== artifacts in target/"
entries() { jar tf "$1" 2>/dev/null; }
for f in "$jar" "$sources" "$javadoc"; do
  check "$f exists and is not empty" test -s "$f"
done

if [[ -s "$jar" ]]; then
  jar_entries=$(entries "$jar")
  for entry in META-INF/LICENSE META-INF/NOTICE META-INF/beans.xml \
               META-INF/services/jakarta.enterprise.inject.spi.Extension \
               META-INF/services/jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension \
               dev/breaker/CircuitBreaker.class; do
    check "jar contains $entry" grep -q -x -F "$entry" <<<"$jar_entries"
  done
  manifest=$(cd "$work" && jar xf "$root/$jar" META-INF/MANIFEST.MF && tr -d '\r' <META-INF/MANIFEST.MF)
  check "jar manifest says Automatic-Module-Name: dev.breaker" \
    grep -q -x -F 'Automatic-Module-Name: dev.breaker' <<<"$manifest"
fi

if [[ -s "$sources" ]]; then
  source_entries=$(entries "$sources")
  missing=$(cd src/main/java && find . -name '*.java' | sed 's#^\./##' | sort | comm -23 - <(sort <<<"$source_entries"))
  if [[ -z "$missing" ]]; then
    ok "sources jar has all $(cd src/main/java && find . -name '*.java' | wc -l) source files"
  else
    fail "sources jar lacks: $(paste -s -d' ' <<<"$missing")"
  fi
fi

if [[ -s "$javadoc" ]]; then
  javadoc_entries=$(entries "$javadoc")
  check "javadoc jar contains index.html" grep -q -x -F index.html <<<"$javadoc_entries"
  # A page for every public top-level type of every package: nothing public is left out.
  public_types=$(cd src/main/java && grep -l -E '^public ([a-z-]+ )*(class|interface|enum|record|@interface) ' -r . \
    | sed 's#^\./##; s#\.java$#.html#' | sort)
  missing=$(comm -23 <(cat <<<"$public_types") <(sort <<<"$javadoc_entries"))
  if [[ -z "$missing" ]]; then
    ok "javadoc jar has a page for all $(wc -l <<<"$public_types") public types (dev/breaker/CircuitBreaker.html, Breaker.html, ...)"
  else
    fail "javadoc jar lacks pages: $(paste -s -d' ' <<<"$missing")"
  fi
fi

echo "== reproducible: a second build of the same sources in another directory"
if ((built)); then
  copy=$work/second-build
  mkdir -p "$copy"
  for f in pom.xml LICENSE NOTICE src; do
    [[ -e "$f" ]] && cp -R "$f" "$copy/"
  done
  if build "$copy" "$work/build-2.log" package; then
    for f in "$jar" "$sources" "$javadoc"; do
      first=$(sha256sum <"$f" | cut -d' ' -f1)
      second=$(sha256sum <"$copy/$f" | cut -d' ' -f1)
      if [[ "$first" == "$second" ]]; then
        ok "$(basename "$f") is byte-identical (sha256 $first)"
      else
        fail "$(basename "$f") differs between two builds ($first vs $second)"
        diff <(jar tvf "$f") <(jar tvf "$copy/$f") | grep '^[<>]' | head -n 8 | sed 's/^/    /'
      fi
    done
  else
    fail "second build failed"
  fi
else
  echo "  skipped: the first build failed"
  fail "reproducibility not checked (the first build failed)"
fi

echo
if ((${#failures[@]})); then
  echo "check-release: ${#failures[@]} check(s) failed:"
  printf '  - %s\n' "${failures[@]}"
  exit 1
fi
echo "check-release: every check passed"
