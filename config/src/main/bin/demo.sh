#!/bin/sh
# Starts Innkeeper to explore or develop it: the demo hotel is seeded into an empty database on the first start
# (-Dinnkeeper.demo=true), and the JVM is set to start quickly on a small machine rather than to reach top speed
# under load: only the quick compiler (C1; the optimising C2 spent more CPU than the demo's seeding during the first
# start on 2 cores) and the serial garbage collector. A server for a hotel's daily work is started with
# standalone.sh and the JVM's defaults. JAVA_OPTS set in the environment replace these settings.
# Usage: sh bin/demo.sh [standalone.sh arguments, e.g. -Dinnkeeper.data.dir=$PWD/data]
: "${JAVA_OPTS:=-Xms64m -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Djboss.modules.system.pkgs=org.jboss.byteman}"
export JAVA_OPTS
exec "$(dirname "$0")/standalone.sh" -Dinnkeeper.demo=true "$@"
