#!/usr/bin/env bash
# The README's first command on a fresh Debian 12: a debootstrap minbase root (no Java, Maven, FRR, BIRD,
# iproute2, ping or procps) entered as a chroot in private mount and pid namespaces, with a clean clone of
# this repository's HEAD in /root/labforge. Runs `./lab up labs/10-calico-bgp-ippool` there as root, then
# `./lab down`. Needs root and debootstrap; downloads Debian packages and Maven artifacts.
# Usage: sudo benchmarks/fresh-machine/fresh-machine.sh [ROOT_DIR]    (default /tmp/labforge-fresh-root)
set -euo pipefail
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
root=${1:-/tmp/labforge-fresh-root}
if [ ! -e "$root/.complete" ]; then
  rm -rf "$root"
  echo "debootstrap bookworm into $root (log: $root.debootstrap.log) ..."
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian > "$root.debootstrap.log" 2>&1
  touch "$root/.complete"
fi
# Packages installed inside a chroot must not start their services: they would run in this machine's
# network namespace, which a chroot shares. (On a real machine systemd starts them; labforge never uses them.)
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# CAs this machine added locally (e.g. for a TLS-inspecting proxy) belong to the machine, so the chroot gets them
mkdir -p "$root/usr/local/share/ca-certificates"
cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
if [ -e "$root/etc/ssl/certs/java/cacerts" ] && [ -e /etc/ssl/certs/java/cacerts ]; then
  cp "$(readlink -f /etc/ssl/certs/java/cacerts)" "$root/etc/ssl/certs/java/cacerts"
fi
rm -rf "$root/root/labforge"
git clone -q "$repo" "$root/root/labforge"
exec unshare --mount --pid --fork --propagation private bash -c '
set -e
root=$1
mount --bind "$root" "$root"          # ip netns exec remounts / and needs it to be a mount point
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
mount -t tmpfs run "$root/run"
exec chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin TERM=dumb \
  bash -c "cd /root/labforge && ./lab up labs/10-calico-bgp-ippool; up=\$?; ./lab down labs/10-calico-bgp-ippool; down=\$?; echo \"up exit \$up, down exit \$down\"; [ \$up = 0 ] && [ \$down = 0 ]"' bash "$root"
