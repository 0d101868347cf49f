#!/usr/bin/env bash
# Background import of the SciFact corpus (5,183 abstracts) and of a 10x smaller slice, each into a fresh
# service: time to done, peak RSS of the process, and the largest heap in use during the import, sampled
# from /q/metrics. Then the restart time with the full corpus stored (launch to ready).
#
#   src/bench/import-bench.sh [path/to/scifact/corpus.jsonl]
#
# Needs: a packaged service (./mvnw -B package -DskipTests), curl, python3, bc.
set -euo pipefail
cd "$(dirname "$0")/../.."
CORPUS=${1:-../shared/datasets/scifact/corpus.jsonl}
JAR=target/quarkus-app/quarkus-run.jar
KEY=bench-editor-key
PORT=${PORT:-18089}
[ -f "$JAR" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'kill -9 $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT

python3 - "$CORPUS" "$WORK" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
def write(name, part):
    with open(f"{sys.argv[2]}/{name}", "w") as out:
        for r in part:
            out.write(json.dumps({"id": "scifact-" + r["_id"], "title": r.get("title") or "", "text": r["text"]}) + "\n")
write("full.jsonl", rows)
write("tenth.jsonl", rows[: len(rows) // 10])
PY

start() { # $1: home folder
  mkdir -p "$1/corpus"
  java -Xmx2g -Dquarkus.http.port=$PORT -Dnewsdesk.api.keys=$KEY -Dnewsdesk.data.path="$1/data" \
       -Dnewsdesk.corpus.path="$1/corpus" -Dnewsdesk.embeddings.path="$1/embeddings" --add-modules jdk.incubator.vector -jar "$JAR" > "$1/log" 2>&1 &
  PID=$!
  local t0=$(date +%s.%N)
  until curl -fs localhost:$PORT/q/health/ready > /dev/null; do sleep 0.1; done
  READY=$(echo "$(date +%s.%N) - $t0" | bc)
}
# Live heap: the old generation's size after the last collection (garbage not counted).
heap() { curl -s localhost:$PORT/q/metrics | awk '$1 ~ /^jvm_gc_live_data_size_bytes/ {printf "%d", $2 + 0}'; }

run() { # $1: name, $2: file
  local home="$WORK/$1"; start "$home"
  local base=$(heap) peak=0
  local t0=$(date +%s.%N)
  local job=$(curl -fs -H "Authorization: Bearer $KEY" -H 'Content-Type: application/x-ndjson' --data-binary @"$2" \
              localhost:$PORT/api/articles/import | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  local state=queued
  while [ "$state" = queued ] || [ "$state" = running ]; do
    sleep 1; h=$(heap); [ "$h" -gt "$peak" ] && peak=$h
    state=$(curl -fs -H "Authorization: Bearer $KEY" localhost:$PORT/api/imports/$job | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["state"])')
  done
  local secs=$(echo "$(date +%s.%N) - $t0" | bc)
  local stats=$(curl -fs -H "Authorization: Bearer $KEY" localhost:$PORT/api/imports/$job | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["indexed"], j["chunks"], j["state"])')
  local rss=$(awk '/VmHWM/ {print $2}' /proc/$PID/status)
  printf "%-6s %s articles, %s chunks, state %s: %.1f s (%.1f articles/s); peak RSS %d MB; live heap %d MB before, peak %d MB during (+%d MB)\n" \
    "$1" $(echo $stats | cut -d' ' -f1) $(echo $stats | cut -d' ' -f2) $(echo $stats | cut -d' ' -f3) "$secs" \
    "$(echo "$(echo $stats | cut -d' ' -f1) / $secs" | bc -l)" $((rss / 1024)) $((base / 1048576)) $((peak / 1048576)) $(((peak - base) / 1048576))
  kill $PID; wait $PID 2>/dev/null || true
}

echo "Import benchmark: $(nproc) cores, $(java -version 2>&1 | head -1)"
run tenth "$WORK/tenth.jsonl"
run full "$WORK/full.jsonl"
start "$WORK/full"
printf "restart with %s stored articles: launch to ready %.1f s (%s)\n" \
  "$(curl -fs localhost:$PORT/api/articles?limit=1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')" "$READY" \
  "$(grep -o 'Corpus ready.*' "$WORK/full/log")"
kill $PID; wait $PID 2>/dev/null || true
du -sh "$WORK/full/data/articles.log" | awk '{print "article log on disk: " $1}'
