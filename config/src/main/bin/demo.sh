#!/bin/sh
# Starts Innkeeper to explore or develop it: the demo hotel is seeded into an empty database on the first start
# (-Dinnkeeper.demo=true), and the JVM is set for a quick first start on a small machine rather than for top speed
# under load:
# - only the quick compiler (C1; the optimising C2 spent more CPU than the demo's seeding during the first start
#   on 2 cores);
# - a heap that starts at 512 MB with a young generation of 384 MB, and metaspace sized for WildFly from the start,
#   collected by the parallel collector: with 64 MB to start and the serial collector, the first start spent about
#   6 s of its 26 s in 150 collections, 9 of them full (README).
# A server for a hotel's daily work is started with standalone.sh and the JVM's defaults. The settings go in
# standalone.conf's JBOSS_JAVA_SIZING, so WildFly's other defaults stay; JAVA_OPTS or JBOSS_JAVA_SIZING set in the
# environment replace them.
# Usage: sh bin/demo.sh [standalone.sh arguments, e.g. -Dinnkeeper.data.dir=$PWD/data]
: "${JBOSS_JAVA_SIZING:=-Xms512m -Xmx1g -Xmn384m -XX:MetaspaceSize=256m -XX:MaxMetaspaceSize=512m -XX:TieredStopAtLevel=1 -XX:+UseParallelGC}"
export JBOSS_JAVA_SIZING
exec "$(dirname "$0")/standalone.sh" -Dinnkeeper.demo=true "$@"
