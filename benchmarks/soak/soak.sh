#!/usr/bin/env bash
# Soak of the netns runtime (a benchmark, not a test: nothing here runs under `mvn test`). On a copy of the
# seed lab under its own name:
#   cycles  N times `./lab up` (must pass) then `./lab down`;
#   kills   K times `./lab up` SIGKILLed at a random point (0.3-4 s in), then `./lab down`;
#           K times `./lab down` SIGKILLed at a random point (0-1.5 s in), then `./lab down` again.
# After every down it asserts that nothing of the lab is left: no namespace named for it, no process
# started with one of its files or inside one of its namespaces, no runtime folder, no saved state, no
# record of which folder it is up from. Prints one line per round and the medians; exits 1 on the first leftover.
# Run it inside the isolation wrapper on a shared machine:
#
#   /work/tools/isolated benchmarks/soak/soak.sh [-n CYCLES] [-k KILLS]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
LAB=lfsoak
cycles=20
kills=5

usage() { echo "usage: $0 [-n CYCLES (default 20)] [-k KILLS (default 5)]" >&2; exit 2; }
while getopts "n:k:h" opt; do
  case $opt in
    n) cycles=$OPTARG ;;
    k) kills=$OPTARG ;;
    *) usage ;;
  esac
done
[[ "$cycles" =~ ^[0-9]+$ && "$kills" =~ ^[0-9]+$ ]] || usage
[[ $EUID -eq 0 ]] || { echo "soak: run as root (namespaces, FRR, BIRD)" >&2; exit 3; }

work=$(mktemp -d /tmp/lab-soak.XXXXXX)
lab="$work/$LAB"
log="$work/log.txt"
mkdir -p "$lab"
sed "s/^name: .*/name: $LAB/" "$root/labs/10-calico-bgp-ippool/lab.yaml" > "$lab/lab.yaml"

cleanup() {
  local rc=$?
  set +e
  (cd "$root" && ./lab down "$lab") >>"$log" 2>&1
  ((rc)) && echo "soak: failed (exit $rc); log: $log" >&2
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { echo $(( ${EPOCHREALTIME/./} / 1000 )); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print a[int((NR + 1) / 2)]}'; }
lab_cmd() { (cd "$root" && ./lab "$@" "$lab") >>"$log" 2>&1; }

# Everything the lab may leave behind, one line each; empty when nothing is left.
leftovers() {
  ip netns list | awk '{print $1}' | grep "^clab-$LAB-" | sed 's/^/namespace /' || true
  for p in /proc/[0-9]*; do
    local pid=${p#/proc/}
    [[ $pid == "$$" ]] && continue
    local cmd
    cmd=$(tr '\0' ' ' < "$p/cmdline" 2>/dev/null) || continue
    if [[ $cmd == *"/run/labforge/$LAB/"* || $cmd == *"clab-$LAB-"* ]]; then
      [[ $cmd == *"soak.sh"* ]] || echo "process $pid $cmd"
    fi
  done
  [[ -e /run/labforge/$LAB ]] && echo "folder /run/labforge/$LAB"
  [[ -e $lab/.labforge/state.properties ]] && echo "state $lab/.labforge/state.properties"
  [[ -e /run/labforge/.locks/$LAB.folder ]] && echo "record /run/labforge/.locks/$LAB.folder"
  return 0
}

assert_clean() {
  local left
  left=$(leftovers)
  if [[ -n $left ]]; then
    echo "soak: $1 left behind:" >&2
    echo "$left" >&2
    exit 1
  fi
}

# Build the jar (and its class-data archive) once, outside the timings.
(cd "$root" && ./lab --version) >>"$log" 2>&1
assert_clean "an earlier run"

ups=()
downs=()
for ((i = 1; i <= cycles; i++)); do
  t0=$(now_ms)
  lab_cmd up || { echo "soak: cycle $i: up failed (log: $log)" >&2; exit 1; }
  t1=$(now_ms)
  lab_cmd down || { echo "soak: cycle $i: down failed (log: $log)" >&2; exit 1; }
  t2=$(now_ms)
  assert_clean "cycle $i"
  ups+=($((t1 - t0)))
  downs+=($((t2 - t1)))
  echo "cycle $i/$cycles: up $((t1 - t0)) ms (passed), down $((t2 - t1)) ms, nothing left"
done

for ((i = 1; i <= kills; i++)); do
  delay_ms=$((300 + RANDOM % 3700))
  (cd "$root" && exec ./lab up "$lab") >>"$log" 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  lab_cmd down || { echo "soak: kill-up $i: down after the kill failed (log: $log)" >&2; exit 1; }
  assert_clean "up killed after $delay_ms ms, then down"
  echo "kill up $i/$kills: SIGKILL after $delay_ms ms, down, nothing left"

  lab_cmd up || { echo "soak: kill-down $i: up failed (log: $log)" >&2; exit 1; }
  delay_ms=$((RANDOM % 1500))
  (cd "$root" && exec ./lab down "$lab") >>"$log" 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  lab_cmd down || { echo "soak: kill-down $i: second down failed (log: $log)" >&2; exit 1; }
  assert_clean "down killed after $delay_ms ms, then down"
  echo "kill down $i/$kills: SIGKILL after $delay_ms ms, down again, nothing left"
done

echo "soak: $cycles cycles, $kills killed ups, $kills killed downs: nothing left;" \
  "median up $(printf '%s\n' "${ups[@]}" | median) ms, median down $(printf '%s\n' "${downs[@]}" | median) ms"
