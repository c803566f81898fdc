#!/usr/bin/env bash
# Sourced by .ci/run and ./depin: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: JAVA_HOME if it is one; else the newest 21+ JDK under /usr/lib/jvm; else fail clearly.

jdk_feature_version() {
  # Prints the feature version (17, 21, 25, ...) of the JDK at $1, or nothing.
  local home=$1
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  "$home/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

find_jdk21() {
  local v
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(jdk_feature_version "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then
      echo "$JAVA_HOME"
      return 0
    fi
  fi
  local best="" best_v=0 home
  for home in /usr/lib/jvm/*/; do
    home=${home%/}
    [ -L "$home" ] && continue
    v=$(jdk_feature_version "$home")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then
      best=$home
      best_v=$v
    fi
  done
  [ -n "$best" ] && echo "$best"
}

_depin_jdk=$(find_jdk21 || true)
if [ -z "$_depin_jdk" ]; then
  echo "error: the DePIN SDK needs a JDK 21 or newer, and none was found." >&2
  echo "  JAVA_HOME is '${JAVA_HOME:-unset}', and /usr/lib/jvm has no JDK 21+." >&2
  echo "  Install one (for example: apt-get install openjdk-21-jdk, or a Temurin 21/25 JDK)" >&2
  echo "  and set JAVA_HOME to it." >&2
  return 1 2>/dev/null || exit 1
fi
export JAVA_HOME=$_depin_jdk
export PATH="$JAVA_HOME/bin:$PATH"
unset _depin_jdk
