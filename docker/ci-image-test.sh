#!/usr/bin/env bash
# Builds the Docker image from the packaged app and checks it as a user would:
# healthy, answers a question, not root, and feedback survives a container restart on its volume.
# Run from the repository root after `./mvnw -B verify` (or `package`). Needs root or a running Docker engine.
#   docker/ci-image-test.sh            # builds local/jre17 from Debian packages if missing
#   RUNTIME_IMAGE=eclipse-temurin:17-jre docker/ci-image-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNTIME_IMAGE=${RUNTIME_IMAGE:-local/jre17}
IMAGE=newsdesk:ci
NAME=newsdesk-ci-$$
VOLUME=newsdesk-ci-data-$$
PORT=${PORT:-18090}
KEY=ci-editor-key-$RANDOM$RANDOM
export DOCKER_BUILDKIT=0
started=()

cleanup() {
  docker rm -f "$NAME" >/dev/null 2>&1 || true
  docker volume rm "$VOLUME" >/dev/null 2>&1 || true
  for pid in "${started[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

[ -f target/quarkus-app/quarkus-run.jar ] || { echo "target/quarkus-app is missing: run ./mvnw -B package first"; exit 1; }

if ! docker info >/dev/null 2>&1; then
  echo "starting containerd and dockerd"
  containerd > target/containerd.log 2>&1 & started+=($!)
  sleep 2
  dockerd --containerd=/run/containerd/containerd.sock > target/dockerd.log 2>&1 & started+=($!)
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { echo "dockerd did not start"; tail -20 target/dockerd.log; exit 1; }
fi

if [ "$RUNTIME_IMAGE" = "local/jre17" ] && ! docker image inspect local/jre17 >/dev/null 2>&1; then
  echo "building local/jre17 from Debian packages (debootstrap)"
  mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
  mirror=${mirror:-$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null)}
  mirror=${mirror:-http://deb.debian.org/debian}
  root=$(mktemp -d /tmp/jre17-rootfs.XXXX)
  debootstrap --variant=minbase bookworm "$root" "$mirror" > target/debootstrap.log 2>&1 \
    || { tail -20 target/debootstrap.log; exit 1; }
  mount -t proc proc "$root/proc"
  chroot "$root" /bin/sh -c 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openjdk-17-jre-headless curl ca-certificates passwd && apt-get clean && rm -rf /var/lib/apt/lists/*' \
    >> target/debootstrap.log 2>&1 || { umount "$root/proc"; tail -20 target/debootstrap.log; exit 1; }
  umount "$root/proc"
  tar -C "$root" -c . | docker import - local/jre17 >/dev/null
  rm -rf "$root"
fi

echo "building $IMAGE on $RUNTIME_IMAGE"
docker build -q -f docker/Dockerfile.jvm --build-arg RUNTIME_IMAGE="$RUNTIME_IMAGE" -t "$IMAGE" . >/dev/null

docker volume create "$VOLUME" >/dev/null
run() {
  docker run -d --name "$NAME" -p "127.0.0.1:$PORT:8080" -v "$VOLUME:/app/data" --memory 1g \
    -e NEWSDESK_API_KEYS="$KEY" "$IMAGE" -Dnewsdesk.rate-limit.ask-per-minute=0 >/dev/null
}
wait_healthy() {
  for _ in $(seq 1 90); do
    status=$(docker inspect -f '{{.State.Health.Status}}' "$NAME" 2>/dev/null || echo missing)
    [ "$status" = healthy ] && return 0
    [ "$status" = missing ] && break
    sleep 2
  done
  echo "container not healthy ($status)"; docker logs "$NAME" | tail -40; exit 1
}
fail() { echo "image check failed: $1"; docker logs "$NAME" | tail -40; exit 1; }

run
wait_healthy
echo "healthy"

uid=$(docker exec "$NAME" id -u)
[ "$uid" != 0 ] || fail "the service runs as root"
echo "runs as uid $uid"

docker exec "$NAME" sh -c 'ps -o args= -p 1 2>/dev/null || cat /proc/1/cmdline | tr "\0" " "' | grep -q 'ask-per-minute=0' \
  || fail "docker run arguments did not reach the JVM"

answer=$(curl -fs "http://127.0.0.1:$PORT/api/ask" -H 'Content-Type: application/json' \
  -d '{"question": "Which hacker group did Australia accuse?"}') || fail "ask failed"
echo "$answer" | grep -q '"grounded":true' || fail "answer not grounded: $answer"
echo "answered"

marker="ci-feedback-$RANDOM$RANDOM"
curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/feedback" -H 'Content-Type: application/json' \
  -d "{\"question\":\"q\",\"answer\":\"a\",\"helpful\":true,\"comment\":\"$marker\"}" || fail "feedback post failed"

docker restart "$NAME" >/dev/null
wait_healthy
curl -fs "http://127.0.0.1:$PORT/api/feedback?limit=1000" -H "Authorization: Bearer $KEY" | grep -q "$marker" \
  || fail "feedback lost after restart"
echo "feedback survived a restart"
echo "image test passed"
