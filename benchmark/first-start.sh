#!/usr/bin/env bash
# The demo's first start, timed as a newcomer meets it: bin/demo.sh (what `mvn -Prun` starts) launched on a fresh
# data directory, and the time until the desk answers (a 302 to the login page comes once the deployment is done;
# WildFly answers 503 while it boots). Prints the wait, the server JVM's CPU time and the seeding's own log line,
# then stops the server and deletes the data directory. Port offset 300 (desk 8380, management 10290).
# Usage, from the repository root after a build that provisioned ear/target/server (e.g. mvn -DskipTests install):
#   bash benchmark/first-start.sh [runs]
# JBOSS_JAVA_SIZING in the environment replaces demo.sh's JVM settings, to compare others.
set -euo pipefail
cd "$(dirname "$0")/.."
server=ear/target/server
runs=${1:-1}
for run in $(seq 1 "$runs"); do
    data=$(mktemp -d /tmp/innkeeper-first-start.XXXX)
    log=$(mktemp /tmp/innkeeper-first-start-log.XXXX)
    start=$(date +%s.%N)
    sh $server/bin/demo.sh -Dinnkeeper.data.dir="$data" -Djboss.socket.binding.port-offset=300 >"$log" 2>&1 &
    code=000
    for _ in $(seq 1 1500); do
        code=$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8380/ || true)
        if [ "$code" = 200 ] || [ "$code" = 302 ]; then break; fi
        sleep 0.2
    done
    end=$(date +%s.%N)
    pid=$(pgrep -f "jboss.home.dir=$PWD/$server" | head -1)
    ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    echo "run $run: answered $code after $(echo "$end - $start" | bc) s; server CPU $(echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc) s"
    grep -h "Demo hotel seeded" "$log" | sed 's/.*INFO *//' || true
    $server/bin/jboss-cli.sh --controller=localhost:10290 -c :shutdown >/dev/null 2>&1 || kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
    rm -rf "$data" "$log"
done
