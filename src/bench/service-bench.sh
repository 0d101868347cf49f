#!/usr/bin/env bash
# Service benchmark: warm start (JVM launch to ready, cache present), /api/ask latency with 4 concurrent
# clients after warm-up (wrk), and resident memory after ingest.
# Usage: src/bench/service-bench.sh            (builds the jar first if it is missing)
# Needs: wrk (apt-get install wrk), curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8089}
DURATION=${DURATION:-30s}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B -DskipTests package

start=$(date +%s%N)
java ${JAVA_OPTS:-} -Dquarkus.http.port="$PORT" -Dnewsdesk.rate-limit.ask-per-minute=0 --add-modules jdk.incubator.vector -jar target/quarkus-app/quarkus-run.jar > target/service-bench.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs "http://localhost:$PORT/q/health/ready" > /dev/null 2>&1; do
  sleep 0.02
  kill -0 $pid 2>/dev/null || { echo "service died; see target/service-bench.log"; exit 1; }
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
echo "warm start: ready ${ready} ms after JVM launch"
grep -E "Corpus ready" target/service-bench.log | sed 's/^.*INFO  /  /'
echo "RSS after ingest: $(( $(ps -o rss= -p $pid) / 1024 )) MB"

echo "warm-up (10 s)..."
wrk -t2 -c4 -d10s -s src/bench/ask.lua "http://localhost:$PORT" > /dev/null
echo "POST /api/ask, 4 connections, $DURATION:"
wrk -t2 -c4 -d"$DURATION" --latency -s src/bench/ask.lua "http://localhost:$PORT" | grep -E "Latency|50%|75%|90%|99%|Requests/sec|requests in|Non-2xx"
echo "RSS after load: $(( $(ps -o rss= -p $pid) / 1024 )) MB"
