#!/usr/bin/env bash
# Builds the local images that compose.yaml's stand-ins and the container tests use, where no
# image registry is reachable. Idempotent: an image whose inputs are unchanged is skipped.
#   creditgraph/debian:bookworm  Debian minbase (debootstrap from Debian's mirror)
#   creditgraph/jdk:25           that base plus the Temurin 25 JDK of this machine
#   creditgraph/neo4j:local      Neo4j Community server from Maven Central jars (NEO4J_AUTH as upstream)
#   creditgraph/api:local        the repository's Dockerfile on creditgraph/jdk:25 (needs the lean jar)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bin/java-env
creditgraph_select_java

JDK_DIR=${CREDITGRAPH_IMAGE_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
DEBIAN_SUITE=bookworm
WORK=target/images
mkdir -p "$WORK"

# The label of an existing image, or nothing.
label() { docker image inspect --format "{{ index .Config.Labels \"$2\" }}" "$1" 2>/dev/null || true; }
exists() { docker image inspect "$1" >/dev/null 2>&1; }
# The client is newer than Debian's engine and warns about its legacy builder on every build.
build() { docker build -q "$@" 2> >(grep -v -e DEPRECATED -e buildx -e '^ *$' >&2) >/dev/null; }
say() { printf 'images: %s\n' "$*"; }

if exists creditgraph/debian:$DEBIAN_SUITE; then
  say "creditgraph/debian:$DEBIAN_SUITE present"
else
  say "debootstrap $DEBIAN_SUITE (about 1.5 min)"
  root=$(mktemp -d /tmp/creditgraph-debian.XXXXXX)
  debootstrap --variant=minbase "$DEBIAN_SUITE" "$root" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap.log"; exit 1; }
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  tar -C "$root" -c . | docker import - creditgraph/debian:$DEBIAN_SUITE >/dev/null
  rm -rf "$root"
fi

jdk_release=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$JDK_DIR/release")
if [ "$(label creditgraph/jdk:25 org.creditgraph.jdk)" = "$jdk_release" ]; then
  say "creditgraph/jdk:25 present ($jdk_release)"
else
  say "creditgraph/jdk:25 from $JDK_DIR ($jdk_release)"
  build -f .ci/images/jdk/Dockerfile --label org.creditgraph.jdk="$jdk_release" \
    --build-arg BASE_IMAGE=creditgraph/debian:$DEBIAN_SUITE -t creditgraph/jdk:25 "$JDK_DIR"
fi

neo4j_version=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' pom.xml)
neo4j_inputs="$neo4j_version $jdk_release $(cat .ci/images/neo4j/* | sha256sum | cut -c1-16)"
if [ "$(label creditgraph/neo4j:local org.creditgraph.inputs)" = "$neo4j_inputs" ]; then
  say "creditgraph/neo4j:local present (Neo4j $neo4j_version)"
else
  say "creditgraph/neo4j:local: Neo4j $neo4j_version from Maven Central"
  ctx="$WORK/neo4j"
  rm -rf "$ctx" && mkdir -p "$ctx"
  cp .ci/images/neo4j/* "$ctx/"
  ./mvnw -B -q -ntp -pl neo4j-embedded dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$PWD/$ctx/lib"
  build --label org.creditgraph.inputs="$neo4j_inputs" \
    --build-arg BASE_IMAGE=creditgraph/jdk:25 -t creditgraph/neo4j:local "$ctx"
fi

jar=api/target/creditgraph-lean.jar
if [ -f "$jar" ]; then
  api_inputs="$( (sha256sum "$jar"; sha256sum Dockerfile) | sha256sum | cut -c1-16)"
  if [ "$(label creditgraph/api:local org.creditgraph.inputs)" = "$api_inputs" ]; then
    say "creditgraph/api:local present"
  else
    say "creditgraph/api:local from Dockerfile"
    build --label org.creditgraph.inputs="$api_inputs" \
      --build-arg BASE_IMAGE=creditgraph/jdk:25 -t creditgraph/api:local .
  fi
else
  say "creditgraph/api:local skipped: no $jar (./mvnw -B -ntp -pl api -am package -DskipTests)"
fi
