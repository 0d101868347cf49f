#!/usr/bin/env bash
# SciFact on the memory store and on Elasticsearch (a real node from the integ-test distribution), side by
# side in one run: import time (with the model, and indexing only), nDCG@10 and Recall@100 per retrieval
# mode, and search p50/p99 (issue 12). About 10 minutes on 2 cores, most of it embedding SciFact once.
#
#   src/bench/store-bench.sh [path/to/beir/dataset]     (default ../shared/datasets/scifact)
set -euo pipefail
cd "$(dirname "$0")/../.."
DATASET=${1:-../shared/datasets/scifact}
./mvnw -B -Pstores verify -DskipITs -Deval.dataset="$DATASET" -Dquarkus.test.hang-detection-timeout=60m 2>&1 \
  | sed -n '/: [0-9]* queries, [0-9]* documents/,/^hybrid/p'
