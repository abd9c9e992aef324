#!/usr/bin/env bash
# Timing harness for the seed lab on the netns runtime (a benchmark, not a test: nothing here runs
# under `mvn test`). Measures, median over N runs:
#   lab   `./lab up labs/10-calico-bgp-ippool` wall time to its PASSED verdict (JVM start included)
#         and `./lab down labs/10-calico-bgp-ippool`;
#   bare  the same steps by hand (bare-seed-lab.sh up / down, same configs, other namespace names);
#   phases the in-process phase times of `./lab up ... --report-dir D` (report.json), in separate runs,
#         next to their wall time, so the JVM's share is visible.
# Prints the ratios lab/bare for up and down. See README.md.
#
#   sudo benchmarks/timing/netns-timing.sh [-n RUNS] [-o RESULTS.tsv]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
LAB_DIR=labs/10-calico-bgp-ippool
LAB_NAME=calico-bgp-lb
LAB_RUN=/run/labforge/$LAB_NAME
BARE="$here/bare-seed-lab.sh"
BARE_RUN=/run/bare-calico-bgp-lb
runs=7
results=""

usage() { echo "usage: $0 [-n RUNS (>= 5, default 7)] [-o RESULTS.tsv]" >&2; exit 2; }
while getopts "n:o:h" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    o) results=$OPTARG ;;
    *) usage ;;
  esac
done
[[ "$runs" =~ ^[0-9]+$ ]] && ((runs >= 5)) || { echo "netns-timing: -n must be a number >= 5" >&2; exit 2; }
[[ $EUID -eq 0 ]] || { echo "netns-timing: run as root (namespaces, FRR, BIRD)" >&2; exit 3; }
for tool in java ip vtysh bird birdc ping python3; do
  command -v "$tool" >/dev/null || { echo "netns-timing: '$tool' is not installed" >&2; exit 3; }
done

work=$(mktemp -d /tmp/netns-timing.XXXXXX)
results=${results:-$work/results.tsv}
log=$work/log.txt
# 1 while a lab this harness started may be up. Set before each up, cleared after a successful down,
# in this shell (the timed commands run in $(...) subshells, which cannot change them).
lab_up=0
bare_up=0

cleanup() {
  local rc=$?
  set +e
  if ((lab_up)); then (cd "$root" && ./lab down "$LAB_DIR") >>"$log" 2>&1; fi
  if ((bare_up)); then "$BARE" down >>"$log" 2>&1; fi
  rm -rf "$work/conf"
  ((rc)) && echo "netns-timing: failed (exit $rc); log: $log" >&2
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_us() { echo "${EPOCHREALTIME/./}"; }
ms() { echo $((($2 - $1) / 1000)); }

# Never run next to another instance of either lab: its names would collide, and `./lab down`
# would remove someone else's lab.
check_quiet() {
  if ip netns list | awk '{print $1}' | grep -qE "^(clab-$LAB_NAME-|bare-$LAB_NAME-)"; then
    echo "netns-timing: namespaces of $LAB_NAME or bare-$LAB_NAME exist already (someone else's run?);" \
      "not touching them. Wait until they are gone, or remove your own leftovers with ./lab down / $BARE down." >&2
    exit 3
  fi
  [[ ! -e "$LAB_RUN" && ! -e "$BARE_RUN" ]] || { echo "netns-timing: $LAB_RUN or $BARE_RUN exists; see above" >&2; exit 3; }
}

# Runs one labforge command; echoes its wall time in ms. Up must end with the PASSED verdict.
lab_cmd() {
  local verb=$1; shift
  local t0 t1 out rc=0
  t0=$(now_us)
  out=$(cd "$root" && ./lab "$verb" "$LAB_DIR" "$@" 2>&1) || rc=$?
  t1=$(now_us)
  printf '%s\n' "$out" >>"$log"
  if [[ $verb == up ]]; then
    ((rc == 0)) && grep -q "$LAB_NAME (netns): PASSED" <<<"$out" \
      || { echo "netns-timing: ./lab up failed (exit $rc); last lines:" >&2; tail -n 15 <<<"$out" >&2; exit 1; }
  else
    ((rc == 0)) || { echo "netns-timing: ./lab down failed (exit $rc): $out" >&2; exit 1; }
  fi
  ms "$t0" "$t1"
}

bare_cmd() {
  local t0 t1 out rc=0
  t0=$(now_us)
  out=$("$BARE" "$@" 2>&1) || rc=$?
  t1=$(now_us)
  printf '%s\n' "$out" >>"$log"
  if [[ $1 == up ]]; then
    ((rc == 0)) || { echo "netns-timing: bare up failed (exit $rc): $out" >&2; exit 1; }
  else
    ((rc == 0)) || { echo "netns-timing: bare down failed (exit $rc): $out" >&2; exit 1; }
  fi
  ms "$t0" "$t1"
}

median() { sort -n | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else printf "%.1f\n", (v[NR/2]+v[NR/2+1])/2}'; }
col() { awk -F'\t' -v k="$1" -v c="$2" '$1==k {print $c}' "$results"; }

check_quiet
echo "netns-timing: $runs runs; work dir $work; results $results"
echo "load before: $(uptime)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# Warm-up (not counted): builds lab.jar and its CDS archive if stale, and captures the configs
# labforge generates, which the bare script then uses unchanged.
(cd "$root" && ./lab --help) >>"$log" 2>&1
lab_up=1; lab_cmd up --report-dir "$work/report-warmup" >/dev/null
mkdir -p "$work/conf"
cp "$LAB_RUN"/*.conf "$work/conf/"
lab_cmd down >/dev/null; lab_up=0
bare_up=1; bare_cmd up "$work/conf" >/dev/null
bare_cmd down >/dev/null; bare_up=0
echo "captured configs: $(cd "$work/conf" && echo *)"

printf 'kind\trun\tup_ms\tdown_ms\n' >"$results"
phases_file=$work/phases.tsv
: >"$phases_file"
for ((i = 1; i <= runs; i++)); do
  # Alternate the order so a drifting machine load does not favour one side.
  if ((i % 2)); then order="lab bare"; else order="bare lab"; fi
  for kind in $order; do
    check_quiet
    if [[ $kind == lab ]]; then
      lab_up=1; u=$(lab_cmd up); d=$(lab_cmd down); lab_up=0
    else
      bare_up=1; u=$(bare_cmd up "$work/conf"); d=$(bare_cmd down); bare_up=0
    fi
    printf '%s\t%d\t%s\t%s\n' "$kind" "$i" "$u" "$d" >>"$results"
    printf '  run %d %-4s up %5d ms  down %5d ms\n' "$i" "$kind" "$u" "$d"
  done
  # Phase run: same command with --report-dir; its wall time minus report.json's total is the
  # launcher + JVM start + exit.
  check_quiet
  rep=$work/report-$i
  lab_up=1; u=$(lab_cmd up --report-dir "$rep"); d=$(lab_cmd down); lab_up=0
  printf 'phases\t%d\t%s\t%s\n' "$i" "$u" "$d" >>"$results"
  # The launcher and a JVM doing nothing: the floor under every ./lab command.
  t0=$(now_us); (cd "$root" && ./lab --help) >/dev/null 2>&1; t1=$(now_us)
  printf 'help\t%d\t%s\t\n' "$i" "$(ms "$t0" "$t1")" >>"$results"
  python3 - "$rep/report.json" "$u" >>"$phases_file" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
row = {p["name"]: p["durationMs"] for p in r["phases"]}
row["totalMs"] = r["totalMs"]
row["between"] = r["totalMs"] - sum(p["durationMs"] for p in r["phases"])
row["wallMs"] = int(sys.argv[2])
print("\t".join(f"{k}={v}" for k, v in row.items()))
EOF
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
lab_up_med=$(col lab 3 | median); lab_down_med=$(col lab 4 | median)
bare_up_med=$(col bare 3 | median); bare_down_med=$(col bare 4 | median)
echo
echo "== median over $runs runs (ms) =="
printf '%-6s %8s %8s\n' "" up down
printf '%-6s %8s %8s\n' lab "$lab_up_med" "$lab_down_med"
printf '%-6s %8s %8s\n' bare "$bare_up_med" "$bare_down_med"
printf 'ratio lab/bare: up %s  down %s\n' \
  "$(awk -v a="$lab_up_med" -v b="$bare_up_med" 'BEGIN{printf "%.2f", a/b}')" \
  "$(awk -v a="$lab_down_med" -v b="$bare_down_med" 'BEGIN{printf "%.2f", a/b}')"
printf 'min/max up: lab %s/%s  bare %s/%s\n' \
  "$(col lab 3 | sort -n | head -1)" "$(col lab 3 | sort -n | tail -1)" \
  "$(col bare 3 | sort -n | head -1)" "$(col bare 3 | sort -n | tail -1)"
echo
echo "== ./lab up --report-dir: report.json phases, median over $runs runs (ms) =="
for key in wallMs totalMs validate render preflight deploy verify between; do
  v=$(grep -oE "(^|	)$key=[0-9]+" "$phases_file" | cut -d= -f2 | median)
  printf '%-10s %6s\n' "$key" "$v"
done
w=$(grep -oE "wallMs=[0-9]+" "$phases_file" | cut -d= -f2)
t=$(grep -oE "totalMs=[0-9]+" "$phases_file" | cut -d= -f2)
printf '%-10s %6s   (wall - totalMs per run: launcher, JVM start, CLI parsing, exit)\n' outside \
  "$(paste <(echo "$w") <(echo "$t") | awk '{print $1-$2}' | median)"
printf '%-10s %6s   (./lab --help wall time: launcher + JVM start + exit, no lab work)\n' "help" "$(col help 3 | median)"
# ./lab down prints its own phase: "[ 0.15s] down ... ok (0.18 s)".
printf '%-10s %6s   (./lab down in-process phase, from its console line, all lab downs incl. warm-up)\n' "down" \
  "$(grep -oE 'down \.\.\. ok \([0-9.]+ s\)' "$log" | grep -oE '[0-9]+\.[0-9]+' | awk '{print $1*1000}' | median)"
printf '%-10s %6s   (when ./lab down starts that phase, ms after the CLI started its clock)\n' "down@" \
  "$(grep -oE '^\[ *[0-9.]+s\] down \.\.\.$' "$log" | grep -oE '[0-9]+\.[0-9]+' | awk '{print $1*1000}' | median)"
echo
echo "== bare up: where the time went, median over all bare runs incl. warm-up (ms) =="
for key in build sessions routes pings; do
  printf '%-10s %6s\n' "$key" "$(grep -oE "^bare-timing .*" "$log" | grep -oE "$key=[0-9]+" | cut -d= -f2 | median)"
done
echo
echo "load before: $load_before  after: $load_after  (1/5/15 min; $(nproc) CPUs)"
echo "raw: $results  phases: $phases_file  log: $log"
