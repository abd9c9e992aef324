#!/usr/bin/env bash
# The seed lab (labs/10-calico-bgp-ippool) built by hand, without labforge: the baseline that
# netns-timing.sh compares `./lab up` / `./lab down` against. Same namespaces (other names), veths,
# bridges, addresses, routes, sysctls and pod wiring as the netns runtime's plan
# (`./lab up labs/10-calico-bgp-ippool --dry-run`), the same FRR and BIRD config files (captured from
# a labforge run, passed in as CONFDIR), then the same waits: ToR sessions, node routes, pings.
#
#   bare-seed-lab.sh up CONFDIR    build, wait until it works; on any failure it removes what it made
#   bare-seed-lab.sh down          remove what `up` made (daemons, namespaces, files); idempotent
#   bare-seed-lab.sh run CONFDIR   up, then down (always, trap EXIT)
#
# CONFDIR holds ceos01.frr.conf and k01-{control-plane,worker,worker2,worker3}.bird.conf.
# Env: BARE_POLL (seconds between polls, default 0.2 like labforge), BARE_TIMEOUT (per wait, default 30).
# Runs as root. Everything lives inside namespaces named bare-calico-bgp-lb-*; nothing touches the host
# namespace's addresses, routes or links, and `down` only removes what the state file says `up` made.
set -euo pipefail

LAB=bare-calico-bgp-lb
RUN=/run/$LAB
STATE=$RUN/state
POLL=${BARE_POLL:-0.2}
TIMEOUT=${BARE_TIMEOUT:-30}

TOR=ceos01
# node  vlan  address  gateway  ToR port  IPAM block
NODES=(
  "k01-control-plane 10 10.10.10.10 10.10.10.1 eth1 192.168.69.0/26"
  "k01-worker        10 10.10.10.11 10.10.10.1 eth2 192.168.42.192/26"
  "k01-worker2       10 10.10.10.12 10.10.10.1 eth3 192.168.88.192/26"
  "k01-worker3       20 10.10.20.20 10.10.20.1 eth4 192.168.46.128/26"
)
# pod (workload-node)  node  address  host-side veth
PODS=(
  "multitool-1-k01-control-plane k01-control-plane 192.168.69.1   cali18cc72163d0"
  "multitool-2-k01-control-plane k01-control-plane 192.168.69.2   caliee655ccb8aa"
  "multitool-1-k01-worker        k01-worker        192.168.42.193 cali845d8d3cd7a"
  "multitool-2-k01-worker        k01-worker        192.168.42.194 cali4686a849f9b"
  "nginx-k01-worker              k01-worker        192.168.42.195 cali2cca748af14"
  "multitool-1-k01-worker2       k01-worker2       192.168.88.193 cali94747572342"
  "multitool-2-k01-worker2       k01-worker2       192.168.88.194 cali4a6a7232c32"
  "nginx-k01-worker2             k01-worker2       192.168.88.195 calie84049667b1"
  "multitool-1-k01-worker3       k01-worker3       192.168.46.129 calid37944424d3"
  "multitool-2-k01-worker3       k01-worker3       192.168.46.130 cali2b0204da4d5"
)
# from  to  expected ttl
PINGS=(
  "pod-multitool-1-k01-worker 192.168.46.129 61"
  "$TOR 192.168.42.193 63"
  "$TOR 192.168.46.129 63"
)

ns() { echo "$LAB-$1"; }
die() { echo "bare-seed-lab: $*" >&2; exit 1; }
all_namespaces() {
  ns "$TOR"
  local n; for n in "${NODES[@]}"; do set -- $n; ns "$1"; done
  local p; for p in "${PODS[@]}"; do set -- $p; ns "pod-$1"; done
}

# ---------------------------------------------------------------- down
# A pid is ours only if its command line names our namespace or run dir (guards against pid reuse).
our_pid() {
  local pid=$1
  [[ "$pid" =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' </proc/"$pid"/cmdline | grep -qE -- "(-N $LAB-|$RUN/)"
}
# Alive and not a zombie (a zombie's namespace is already gone with it).
alive() { [[ -r /proc/$1/stat ]] && [[ "$(awk '{print $3}' /proc/"$1"/stat 2>/dev/null)" != Z ]]; }

down() {
  [[ -f "$STATE" ]] || return 0
  local pids=() f pid
  for f in "$RUN"/*.pid /var/run/frr/"$LAB"-*/*.pid; do
    [[ -f "$f" ]] || continue
    pid=$(cat "$f" 2>/dev/null || true)
    our_pid "$pid" && pids+=("$pid")
  done
  if ((${#pids[@]})); then
    kill -TERM "${pids[@]}" 2>/dev/null || true
    # Same grace as labforge: 300 ms, then KILL; the namespaces are about to go anyway.
    local i left
    for i in $(seq 15); do
      left=(); for pid in "${pids[@]}"; do alive "$pid" && left+=("$pid"); done
      ((${#left[@]})) || break
      sleep 0.02
    done
    if ((${#left[@]})); then kill -KILL "${left[@]}" 2>/dev/null || true; fi
  fi
  local present mine=()
  present=$(ip netns list | awk '{print $1}')
  while read -r n; do
    grep -qxF "$n" <<<"$present" && mine+=("netns delete $n")
  done < <(grep -E "^ns " "$STATE" | awk '{print $2}')
  if ((${#mine[@]})); then printf '%s\n' "${mine[@]}" | ip -force -batch -; fi
  rm -rf /var/run/frr/"$(ns "$TOR")" /etc/frr/"$(ns "$TOR")" "$RUN"
}

# ---------------------------------------------------------------- up
wait_for() { # description, then a command that succeeds when done
  local what=$1; shift
  local end=$((${EPOCHREALTIME/./} + TIMEOUT * 1000000))
  until "$@"; do
    ((${EPOCHREALTIME/./} < end)) || die "timed out after ${TIMEOUT}s waiting for $what"
    sleep "$POLL"
  done
}

tor_sessions_ok() {
  local json
  json=$(vtysh -N "$(ns "$TOR")" -c 'show bgp summary json' 2>/dev/null) || return 1
  if command -v jq >/dev/null; then
    jq -e '[.ipv4Unicast.peers // {} | to_entries[] | select(.value.state == "Established" and .value.pfxRcd == 2)]
           | length == 4' >/dev/null <<<"$json" 2>/dev/null
  else
    python3 -c 'import json,sys
p=json.load(sys.stdin).get("ipv4Unicast",{}).get("peers",{})
sys.exit(0 if sum(1 for v in p.values() if v.get("state")=="Established" and v.get("pfxRcd")==2)==4 else 1)' <<<"$json"
  fi
}

node_routes_ok() {
  local n name vlan ip gw port block other routes
  for n in "${NODES[@]}"; do
    read -r name vlan ip gw port block <<<"$n"
    routes=$(ip -n "$(ns "$name")" route) || return 1
    for other in "${NODES[@]}"; do
      set -- $other
      [[ "$1" == "$name" ]] && continue
      grep -qE "^${6//./\\.} via ${gw//./\\.} " <<<"$routes" || return 1
    done
  done
}

pings_ok() {
  local p from to ttl out
  for p in "${PINGS[@]}"; do
    read -r from to ttl <<<"$p"
    out=$(ip netns exec "$(ns "$from")" ping -n -c 3 -W 1 -i 0.05 "$to" 2>&1) || return 1
    [[ $(grep -c "from $to: icmp_seq=.* ttl=$ttl " <<<"$out") -eq 3 ]] || return 1
  done
}

up() {
  local conf=$1 t0=${EPOCHREALTIME/./}
  [[ -f "$conf/$TOR.frr.conf" ]] || die "$conf/$TOR.frr.conf is missing (capture the configs first, see README.md)"
  local n p
  for n in "${NODES[@]}"; do set -- $n; [[ -f "$conf/$1.bird.conf" ]] || die "$conf/$1.bird.conf is missing"; done
  [[ ! -e "$STATE" ]] || die "$STATE exists: a bare lab is up; run '$0 down' first"
  local present; present=$(ip netns list | awk '{print $1}')
  for n in $(all_namespaces); do
    ! grep -qxF "$n" <<<"$present" || die "namespace $n exists but is not recorded as ours; remove it yourself if it is a leftover"
  done

  # From here on, a failure removes everything this run made.
  trap 'rc=$?; if ((rc)); then down; fi; exit $rc' EXIT
  trap 'exit 130' INT TERM
  mkdir -p "$RUN"
  # Record the names before creating them, so down finds them even if we die half-way.
  all_namespaces | sed 's/^/ns /' >"$STATE"

  all_namespaces | sed 's/^/netns add /' | ip -batch -
  for n in $(all_namespaces); do ip -n "$n" link set lo up; done

  local tor_ns; tor_ns=$(ns "$TOR")
  local name vlan ip gw port block other_vlan
  {
    for n in "${NODES[@]}"; do
      read -r name vlan ip gw port block <<<"$n"
      echo "link add $port netns $tor_ns type veth peer name eth1 netns $(ns "$name")"
    done
    # kind's eth0: a dead-end veth pair inside the node, carrying the default route.
    for n in "${NODES[@]}"; do
      set -- $n
      echo "link add eth0 netns $(ns "$1") type veth peer name eth0-peer netns $(ns "$1")"
    done
  } | ip -batch -

  # ToR: one bridge per VLAN with the SVI address.
  {
    for vlan in 10 20; do
      echo "link add br$vlan type bridge"
      for n in "${NODES[@]}"; do
        set -- $n
        [[ "$2" == "$vlan" ]] || continue
        echo "link set $5 mtu 9124"; echo "link set $5 master br$vlan"; echo "link set $5 up"
      done
      echo "link set br$vlan mtu 9124"
      echo "addr add 10.10.$vlan.1/24 dev br$vlan"
      echo "link set br$vlan up"
    done
  } | ip -n "$tor_ns" -batch -

  for n in "${NODES[@]}"; do
    read -r name vlan ip gw port block <<<"$n"
    [[ "$vlan" == 10 ]] && other_vlan=20 || other_vlan=10
    ip -n "$(ns "$name")" -batch - <<EOF
link set eth0-peer up
link set eth0 up
route add default dev eth0
link set eth1 up
link set dev eth1 mtu 9000
addr add dev eth1 $ip/24
route add 10.10.$other_vlan.0/24 via $gw src $ip
EOF
  done

  ip netns exec "$tor_ns" sysctl -q -w net.ipv4.ip_forward=1
  for n in "${NODES[@]}"; do
    set -- $n
    ip netns exec "$(ns "$1")" sysctl -q -w net.ipv4.ip_forward=1 net.ipv4.conf.eth0-peer.forwarding=0
  done

  # FRR (zebra + bgpd) in the ToR namespace; FRR drops to user frr, so its run dir must be frr's.
  cp "$conf/$TOR.frr.conf" "$RUN/"
  install -d -o frr -g frr /var/run/frr/"$tor_ns"
  mkdir -p /etc/frr/"$tor_ns"; : >/etc/frr/"$tor_ns"/vtysh.conf
  local d
  for d in zebra bgpd; do
    ip netns exec "$tor_ns" /usr/lib/frr/$d -d -N "$tor_ns" -f "$RUN/$TOR.frr.conf" \
      -i /var/run/frr/"$tor_ns"/$d.pid --log file:"$RUN/$TOR.$d.log"
  done
  # BIRD in each node namespace.
  for n in "${NODES[@]}"; do
    set -- $n
    cp "$conf/$1.bird.conf" "$RUN/"
    ip netns exec "$(ns "$1")" bird -c "$RUN/$1.bird.conf" -s "$RUN/$1.ctl" -P "$RUN/$1.pid"
  done

  # Pods, the Calico way: host-side cali veth with proxy ARP, /32 address, default via 169.254.1.1.
  for p in "${PODS[@]}"; do
    set -- $p
    echo "link add $4 netns $(ns "$2") type veth peer name eth0 netns $(ns "pod-$1")"
  done | ip -batch -
  for p in "${PODS[@]}"; do
    set -- $p
    ip -n "$(ns "pod-$1")" -batch - <<EOF
link set eth0 up
addr add $3/32 dev eth0
route add 169.254.1.1 dev eth0 scope link
route add default via 169.254.1.1 dev eth0
EOF
  done
  local sysctls
  for n in "${NODES[@]}"; do
    set -- $n
    name=$1; sysctls=()
    for p in "${PODS[@]}"; do
      set -- $p
      [[ "$2" == "$name" ]] || continue
      echo "link set $4 up"; echo "route add $3/32 dev $4 scope link"
    done | ip -n "$(ns "$name")" -batch -
    for p in "${PODS[@]}"; do
      set -- $p
      [[ "$2" == "$name" ]] && sysctls+=("net.ipv4.conf.$4.proxy_arp=1" "net.ipv4.neigh.$4.proxy_delay=0")
    done
    ip netns exec "$(ns "$name")" sysctl -q -w "${sysctls[@]}"
  done

  local t1=${EPOCHREALTIME/./}
  wait_for "4 ToR sessions Established with 2 prefixes each" tor_sessions_ok
  local t2=${EPOCHREALTIME/./}
  wait_for "every node to have the other 3 blocks" node_routes_ok
  local t3=${EPOCHREALTIME/./}
  wait_for "pings (pod->pod ttl 61, ToR->pod ttl 63)" pings_ok
  local t4=${EPOCHREALTIME/./}
  trap - EXIT INT TERM
  echo "bare-seed-lab: up and verified"
  # Where the time went, in ms (read by netns-timing.sh).
  echo "bare-timing build=$(((t1 - t0) / 1000)) sessions=$(((t2 - t1) / 1000)) routes=$(((t3 - t2) / 1000)) pings=$(((t4 - t3) / 1000))"
}

[[ $EUID -eq 0 ]] || die "run as root (namespaces, FRR, BIRD)"
case "${1:-}" in
  up) [[ $# -eq 2 ]] || die "usage: $0 up CONFDIR"; up "$2" ;;
  down) down; echo "bare-seed-lab: down" ;;
  run)
    [[ $# -eq 2 ]] || die "usage: $0 run CONFDIR"
    up "$2"; trap 'down' EXIT; echo "bare-seed-lab: tearing down" ;;
  *) die "usage: $0 up CONFDIR | down | run CONFDIR" ;;
esac
