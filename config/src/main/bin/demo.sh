#!/bin/sh
# Starts Innkeeper to explore or develop it: the demo hotel is seeded into an empty database on the first start
# (-Dinnkeeper.demo=true), and the JVM is set to start quickly on a small machine rather than to reach top speed
# under load: only the quick compiler (C1; the optimising C2 spent more CPU than the demo's seeding during the first
# start on 2 cores) and the serial garbage collector. A server for a hotel's daily work is started with
# standalone.sh and the JVM's defaults. The settings go in standalone.conf's JBOSS_JAVA_SIZING, so WildFly's other
# defaults stay; JAVA_OPTS or JBOSS_JAVA_SIZING set in the environment replace them.
# Usage: sh bin/demo.sh [standalone.sh arguments, e.g. -Dinnkeeper.data.dir=$PWD/data]
: "${JBOSS_JAVA_SIZING:=-Xms64m -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
export JBOSS_JAVA_SIZING
exec "$(dirname "$0")/standalone.sh" -Dinnkeeper.demo=true "$@"
