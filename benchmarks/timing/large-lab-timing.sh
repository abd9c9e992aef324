#!/usr/bin/env bash
# Timing harness for big labs on the netns runtime (a benchmark, not a test: nothing here runs under
# `mvn test`). For each size it generates the lab with large-lab.sh (an FRR route reflector, 4 VLANs, one
# DaemonSet, one pool of /26 blocks), then RUNS times: `./lab up` (must end PASSED), `./lab verify`, `./lab
# down`. Prints the medians of the wall times (JVM start included) and of the phases deploy and verify
# from up's report.json, with the number of checks. Raw numbers stay in the work dir. See README.md.
#
#   sudo benchmarks/timing/large-lab-timing.sh [-n RUNS] [SIZE...]      # default: -n 5, sizes 50 100 200
#   /work/tools/isolated benchmarks/timing/large-lab-timing.sh -n 3 200  # on a shared machine
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs=5
usage() { echo "usage: $0 [-n RUNS (>= 1, default 5)] [SIZE...] (sizes 4..960, default 50 100 200)" >&2; exit 2; }
while getopts "n:h" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
sizes=("$@")
((${#sizes[@]})) || sizes=(50 100 200)
[[ "$runs" =~ ^[0-9]+$ ]] && ((runs >= 1)) || usage
[[ $EUID -eq 0 ]] || { echo "large-lab-timing: run as root (namespaces, FRR, BIRD)" >&2; exit 3; }
for tool in java ip vtysh bird birdc ping python3; do
  command -v "$tool" >/dev/null || { echo "large-lab-timing: '$tool' is not installed" >&2; exit 3; }
done

work=$(mktemp -d /tmp/large-lab-timing.XXXXXX)
log=$work/log.txt
results=$work/results.tsv
printf 'nodes\trun\tchecks\tup_ms\tdeploy_ms\tup_verify_ms\tverify_ms\tdown_ms\n' >"$results"
up_lab=""

cleanup() {
  local rc=$?
  set +e
  if [[ -n "$up_lab" ]]; then (cd "$root" && ./lab down "$up_lab") >>"$log" 2>&1; fi
  ((rc)) && echo "large-lab-timing: failed (exit $rc); log: $log" >&2
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_us() { echo "${EPOCHREALTIME/./}"; }

# Runs one ./lab command on a lab; echoes its wall time in ms; a non-zero exit stops the harness.
timed() {
  local t0 t1 rc=0
  t0=$(now_us)
  (cd "$root" && ./lab "$@") >"$work/last.txt" 2>&1 || rc=$?
  t1=$(now_us)
  cat "$work/last.txt" >>"$log"
  if ((rc)); then
    echo "large-lab-timing: ./lab $* exited $rc (see $log)" >&2
    exit 1
  fi
  echo $(((t1 - t0) / 1000))
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

(cd "$root" && ./lab --help) >/dev/null 2>&1   # builds lab.jar (and its CDS archive) if stale
echo "large-lab-timing: $runs run(s) of ${sizes[*]} nodes; load $(cut -d' ' -f1-3 /proc/loadavg); work dir $work" >&2
for n in "${sizes[@]}"; do
  dir=$work/bench-$n
  "$here/large-lab.sh" "$n" "$dir" >/dev/null
  if ip netns list | awk '{print $1}' | grep -q "^clab-bench-$n-"; then
    echo "large-lab-timing: namespaces of lab bench-$n exist already (someone else's run?); not touching them" >&2
    exit 3
  fi
  for ((r = 1; r <= runs; r++)); do
    reports=$work/reports-$n-$r
    up_lab=$dir
    timed up "$dir" --runtime netns --report-dir "$reports" >"$work/ms.txt"
    up=$(cat "$work/ms.txt")
    grep -q "bench-$n (netns): PASSED" "$work/last.txt" || { echo "large-lab-timing: up of bench-$n did not pass" >&2; exit 1; }
    verify=$(timed verify "$dir" --runtime netns)
    down=$(timed down "$dir" --runtime netns)
    up_lab=""
    read -r checks deploy upverify < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
ph = {p["name"]: p["durationMs"] for p in r["phases"]}
print(len(r["checks"]), ph.get("deploy", 0), ph.get("verify", 0))' "$reports/report.json")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$r" "$checks" "$up" "$deploy" "$upverify" "$verify" "$down" >>"$results"
    echo "  bench-$n run $r: up $up ms (deploy $deploy, verify $upverify), verify $verify ms, down $down ms, $checks checks" >&2
  done
done

echo
echo "median of $runs run(s), ms (load after: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-6s %8s %10s %8s %14s %12s %8s\n' nodes checks "up (wall)" deploy "verify (in up)" "verify wall" down
for n in "${sizes[@]}"; do
  col() { awk -F'\t' -v n="$n" -v c="$1" 'NR > 1 && $1 == n {print $c}' "$results" | median; }
  printf '%-6s %8s %10s %8s %14s %12s %8s\n' "$n" "$(col 3)" "$(col 4)" "$(col 5)" "$(col 6)" "$(col 7)" "$(col 8)"
done
echo "raw: $results"
