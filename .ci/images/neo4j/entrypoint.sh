#!/usr/bin/env bash
# NEO4J_AUTH as in the official image: "neo4j/PASSWORD" sets the initial password, "none" turns auth off.
set -euo pipefail
cp="$NEO4J_HOME/classes:$NEO4J_HOME/lib/*"
jvm=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+UseG1GC ${NEO4J_JAVA_OPTS:--Xmx512m})
case "${NEO4J_AUTH:-}" in
  none) sed -i 's/^dbms.security.auth_enabled=.*/dbms.security.auth_enabled=false/' "$NEO4J_CONF/neo4j.conf" ;;
  neo4j/*)
    if ! [ -e /data/dbms/auth.ini ]; then
      java "${jvm[@]}" -cp "$cp" org.neo4j.cli.AdminTool dbms set-initial-password "${NEO4J_AUTH#neo4j/}" >/dev/null
    fi ;;
  "") ;;
  *) echo "NEO4J_AUTH must be none or neo4j/PASSWORD" >&2; exit 2 ;;
esac
exec java "${jvm[@]}" -cp "$cp" Neo4jServer --home-dir="$NEO4J_HOME" --config-dir="$NEO4J_CONF" --console-mode
