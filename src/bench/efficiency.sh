#!/usr/bin/env bash
# Newsdesk against what a user would pick instead, in one run on this machine (issue 11):
#  1. ingestion: LangChain4j's EmbeddingStoreIngestor (recursive(1000, 100), bge-small int8, in-memory store)
#     vs the service's background import, on the same first 500 SciFact abstracts, cold caches on both sides,
#     and the ceiling: the model alone on LangChain4j's own segments (no store, no pipeline);
#  2. answering: LangChain4j's bare question embedding from 2 threads vs /api/ask answers per second with
#     4 connections (wrk), on the same questions, and the model alone one question a call from 2 threads;
#     p50/p99 at 4 and 16 connections; RSS after ingest;
#  3. heap bytes per passage at 10k and 100k passages, dense search p50 at 100k and 1M (IndexScale).
#
#   src/bench/efficiency.sh [path/to/scifact/corpus.jsonl]
#
# Needs: a packaged service and test classes (./mvnw -B package -DskipTests), wrk, curl, python3, bc.
set -euo pipefail
cd "$(dirname "$0")/../.."
CORPUS=${1:-../shared/datasets/scifact/corpus.jsonl}
DOCS=${DOCS:-500}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
JAR=target/quarkus-app/quarkus-run.jar
KEY=bench-editor-key
PORT=${PORT:-18088}
[ -f "$JAR" ] && [ -d target/test-classes ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
[ -f target/bench.classpath ] || ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
WORK=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill -9 $PID 2>/dev/null; rm -rf "$WORK"' EXIT

head -n "$DOCS" "$CORPUS" | python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line)
    print(json.dumps({"id": "scifact-" + r["_id"], "title": r.get("title") or "", "text": r["text"]}))' > "$WORK/docs.jsonl"
sed -n 's/^  "\(.*\)",$/\1/p' src/bench/ask.lua | sed 's/\\"/"/g' > "$WORK/questions.txt"

echo "Efficiency benchmark: $(nproc) cores, $(java -version 2>&1 | head -1), $DOCS SciFact abstracts, $(wc -l < "$WORK/questions.txt") questions"

# 1. Ingestion
line=$(java -cp "$CP" io.newsdesk.bench.LangChain4jBaseline ingest "$WORK/docs.jsonl" "$DOCS" 2> "$WORK/baseline.log" | tail -1)
echo "$line"
lc4j_docs=$(echo "$line" | sed -n 's/.*= \([0-9.]*\) documents\/s/\1/p')
# The ceiling: the model alone on LangChain4j's own segments, nothing around it; no pipeline beats it here.
line=$(java -cp "$CP" io.newsdesk.bench.LangChain4jBaseline model-ingest "$WORK/docs.jsonl" "$DOCS" 2>> "$WORK/baseline.log" | tail -1)
echo "$line"
model_docs=$(echo "$line" | sed -n 's/.*= \([0-9.]*\) documents\/s.*/\1/p')
printf "ingestion ceiling (model alone / langchain4j, documents/s): %.2f\n" "$(echo "$model_docs / $lc4j_docs" | bc -l)"
mkdir -p "$WORK/home/corpus"
java -Dquarkus.http.port=$PORT -Dnewsdesk.api.keys=$KEY -Dnewsdesk.data.path="$WORK/home/data" \
     -Dnewsdesk.corpus.path="$WORK/home/corpus" -Dnewsdesk.embeddings.path="$WORK/home/embeddings" \
     -Dnewsdesk.rate-limit.ask-per-minute=0 --add-modules jdk.incubator.vector -jar "$JAR" > "$WORK/service.log" 2>&1 &
PID=$!
until curl -fs localhost:$PORT/q/health/ready > /dev/null; do sleep 0.1; done
t0=$(date +%s.%N)
job=$(curl -fs -H "Authorization: Bearer $KEY" -H 'Content-Type: application/x-ndjson' --data-binary @"$WORK/docs.jsonl" \
      localhost:$PORT/api/articles/import | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
state=queued
while [ "$state" = queued ] || [ "$state" = running ]; do
  sleep 0.2
  state=$(curl -fs -H "Authorization: Bearer $KEY" localhost:$PORT/api/imports/$job | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')
done
secs=$(echo "$(date +%s.%N) - $t0" | bc)
chunks=$(curl -fs -H "Authorization: Bearer $KEY" localhost:$PORT/api/imports/$job | python3 -c 'import json,sys; print(json.load(sys.stdin)["chunks"])')
tokens=$(curl -fs localhost:$PORT/q/metrics | awk '/^newsdesk_embedding_tokens_total/ {printf "%d", $2}')
svc_docs=$(echo "$DOCS / $secs" | bc -l)
printf "newsdesk import:   %d documents (%s passages, %s tokens embedded) in %.1f s = %.2f documents/s\n" "$DOCS" "$chunks" "$tokens" "$secs" "$svc_docs"
printf "ingestion ratio (newsdesk / langchain4j, documents/s): %.2f\n" "$(echo "$svc_docs / $lc4j_docs" | bc -l)"
echo "RSS after ingest: $(( $(ps -o rss= -p $PID) / 1024 )) MB"

# 2. Answers vs bare question embedding
kill $PID; wait $PID 2>/dev/null || true
line=$(java -cp "$CP" io.newsdesk.bench.LangChain4jBaseline embed "$WORK/questions.txt" 2 "$SECONDS_PER_RUN" 2>> "$WORK/baseline.log" | tail -1)
echo "$line"
lc4j_q=$(echo "$line" | sed -n 's/.*= \([0-9.]*\) questions\/s/\1/p')
line=$(java -cp "$CP" io.newsdesk.bench.LangChain4jBaseline model-embed "$WORK/questions.txt" 2 "$SECONDS_PER_RUN" 2>> "$WORK/baseline.log" | tail -1)
echo "$line"
model_q=$(echo "$line" | sed -n 's/.*= \([0-9.]*\) questions\/s/\1/p')
printf "answer ceiling (model alone / langchain4j, questions/s; every answer embeds its question): %.2f\n" "$(echo "$model_q / $lc4j_q" | bc -l)"
rm -rf "$WORK/home/data"
java -Dquarkus.http.port=$PORT -Dnewsdesk.data.path="$WORK/seeds-data" -Dnewsdesk.rate-limit.ask-per-minute=0 \
     -Dnewsdesk.limits.max-concurrent-answers=64 --add-modules jdk.incubator.vector -jar "$JAR" > "$WORK/service2.log" 2>&1 &
PID=$!
until curl -fs localhost:$PORT/q/health/ready > /dev/null; do sleep 0.1; done
wrk -t2 -c4 -d10s -s src/bench/ask.lua "http://localhost:$PORT" > /dev/null
out4=$(wrk -t2 -c4 -d"${SECONDS_PER_RUN}s" --latency -s src/bench/ask.lua "http://localhost:$PORT")
out16=$(wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -s src/bench/ask.lua "http://localhost:$PORT")
rps4=$(echo "$out4" | awk '/Requests\/sec/ {print $2}')
printf "newsdesk answers:  %.1f answers/s with 4 connections; p50 %s, p99 %s\n" "$rps4" \
  "$(echo "$out4" | awk '$1=="50%" {print $2}')" "$(echo "$out4" | awk '$1=="99%" {print $2}')"
printf "                   16 connections: %s answers/s; p50 %s, p99 %s\n" "$(echo "$out16" | awk '/Requests\/sec/ {print $2}')" \
  "$(echo "$out16" | awk '$1=="50%" {print $2}')" "$(echo "$out16" | awk '$1=="99%" {print $2}')"
printf "answer ratio (newsdesk answers/s with 4 connections / langchain4j questions/s from 2 threads): %.2f\n" "$(echo "$rps4 / $lc4j_q" | bc -l)"
echo "$out4$out16" | grep -q "Non-2xx" && echo "warning: some answers were not 200" || true
kill $PID; wait $PID 2>/dev/null || true
PID=

# 3. Memory per passage and dense search at scale (the memory store, outside the service)
java -Xmx14g --add-modules jdk.incubator.vector -cp "$CP" io.newsdesk.bench.IndexScale
