#!/usr/bin/env bash
# Access and limits benchmark: /api/ask with 16 connections for DURATION (default 60 s), first with rate
# limits off (expect zero errors), then with a limit of LIMIT questions a minute (expect only 429s beyond it;
# all 16 connections come from one client, 127.0.0.1).
# Usage: src/bench/limits-bench.sh     Needs: wrk, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8089}
DURATION=${DURATION:-60s}
LIMIT=${LIMIT:-120}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B -DskipTests package

run() { # $1 = ask-per-minute
  java ${JAVA_OPTS:-} -Dquarkus.http.port="$PORT" -Dnewsdesk.rate-limit.ask-per-minute="$1" \
    -jar target/quarkus-app/quarkus-run.jar > target/limits-bench.log 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$PORT/q/health/ready" > /dev/null 2>&1; do
    sleep 0.05
    kill -0 $pid 2>/dev/null || { echo "service died; see target/limits-bench.log"; exit 1; }
  done
}
stop() { kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; }
trap stop EXIT

run 0
wrk -t2 -c16 -d10s -s src/bench/ask.lua "http://localhost:$PORT" > /dev/null  # warm-up
echo "rate limits off: POST /api/ask, 16 connections, $DURATION"
wrk -t2 -c16 -d"$DURATION" --latency -s src/bench/ask-status.lua "http://localhost:$PORT" \
  | grep -E "50%|99%|Requests/sec|requests in|Non-2xx|Socket errors|status"
stop

run "$LIMIT"
echo "rate limit $LIMIT/min (one client): POST /api/ask, 16 connections, $DURATION"
wrk -t2 -c16 -d"$DURATION" --latency -s src/bench/ask-status.lua "http://localhost:$PORT" \
  | grep -E "50%|99%|Requests/sec|requests in|Socket errors|status"
echo "  (expected 2xx: $LIMIT burst + $LIMIT per minute of the run)"
