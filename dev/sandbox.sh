#!/usr/bin/env bash
# A private Innkeeper server for development, beside the one in ear/target/server:
# its own copy of the provisioned server, port offset and H2 data directory, so several
# developers (or agents) on one machine do not disturb each other.
#   dev/sandbox.sh start NAME OFFSET   build the ear from installed modules, (re)deploy, start, wait
#   dev/sandbox.sh stop NAME
# Needs a provisioned server (mvn -DskipTests package once) and the modules installed
# (mvn -DskipTests install, or mvn -pl web install after a change to web).
set -euo pipefail
cmd=${1:?start|stop}; name=${2:?name}; offset=${3:-0}
root=$(cd "$(dirname "$0")/.." && pwd)
dir=/tmp/innkeeper-sandbox-$name
server=$dir/server
case "$cmd" in
  stop)
    if [ -f "$dir/pid" ]; then pkill -P "$(cat "$dir/pid")" 2>/dev/null || true; kill "$(cat "$dir/pid")" 2>/dev/null || true; rm -f "$dir/pid"; fi
    # the JVM itself (child of standalone.sh)
    pkill -f "jboss.server.base.dir=$server/standalone" 2>/dev/null || true
    sleep 2; echo "stopped $name";;
  start)
    "$0" stop "$name" >/dev/null 2>&1 || true
    mkdir -p "$dir"
    if [ ! -d "$server" ]; then cp -r "$root/ear/target/server" "$server"; fi
    rm -f "$server"/standalone/deployments/innkeeper.ear*
    mvn -q -B -f "$root/ear/pom.xml" package -Dinnkeeper.skipProvision=true -Dear.build.dir="$dir/ear-target"
    cp "$dir/ear-target/innkeeper.ear" "$server/standalone/deployments/"
    [ "${RESET_DATA:-0}" = 1 ] && rm -rf "$dir/data"
    nohup "$server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" \
        -Dinnkeeper.data.dir="$dir/data" -Dinnkeeper.demo=true > "$dir/console.log" 2>&1 &
    echo $! > "$dir/pid"
    for i in $(seq 1 180); do
      if [ -f "$server/standalone/deployments/innkeeper.ear.deployed" ]; then
        echo "started $name on http://localhost:$((8080+offset)) (log: $server/standalone/log/server.log)"; exit 0; fi
      if [ -f "$server/standalone/deployments/innkeeper.ear.failed" ]; then
        echo "DEPLOYMENT FAILED: $server/standalone/deployments/innkeeper.ear.failed"; cat "$server/standalone/deployments/innkeeper.ear.failed"; exit 1; fi
      sleep 1
    done
    echo "timed out; see $server/standalone/log/server.log"; exit 1;;
esac
