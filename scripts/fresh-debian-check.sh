#!/usr/bin/env bash
# Proves the README's commands on a bare Debian 12, as CI and a CCM technician meet it: a
# `debootstrap --variant=minbase bookworm` system, a clean `git archive` of HEAD copied into it,
# and the command run there in a chroot (as root, with /proc, /sys and /dev mounted).
#
#   scripts/fresh-debian-check.sh STEP...   the steps in order, in one fresh chroot:
#     test      CI=true bash .ci/run (the README's test command, as CI runs it)
#     run       ./scripts/run.sh: the window must start on its default register and stay up
#     package   ./scripts/package.sh, apt install the .deb, use it as a clerk, apt remove it:
#               the register must remain byte-identical
#
# The bare system is made once in $BASE (default /var/tmp/cinereg-bookworm-base) and copied for
# each check into $WORK (default /var/tmp/cinereg-fresh), kept afterwards for inspection.
# REUSE=1 keeps the packages an earlier check installed in $WORK and only replaces the sources
# (a quicker second run; the first run is the one that proves the installation).
# Needs root, debootstrap and the network to Debian's mirror.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 test|run|package..." >&2; exit 2; }
top=$(cd "$(dirname "$0")/.." && pwd)
base=${BASE:-/var/tmp/cinereg-bookworm-base}
work=${WORK:-/var/tmp/cinereg-fresh}

if [ ! -x "$base/bin/bash" ]; then
    command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
    debootstrap --variant=minbase bookworm "$base" http://deb.debian.org/debian
fi
umount_all() { for m in dev/pts dev sys proc; do umount -l "$work/$m" 2>/dev/null || true; done; }
umount_all
if [ "${REUSE:-0}" = 1 ] && [ -x "$work/bin/bash" ]; then
    rm -rf --one-file-system "$work/src"
else
    # --one-file-system: never descend into a bind mount left behind (the host's /dev).
    rm -rf --one-file-system "$work"
    cp -a "$base" "$work"
fi
cp /etc/resolv.conf "$work/etc/resolv.conf"
mkdir -p "$work/src"
git -C "$top" archive HEAD | tar -x -C "$work/src"
mount -t proc proc "$work/proc"; mount -t sysfs sys "$work/sys"
mount --bind /dev "$work/dev"; mount --bind /dev/pts "$work/dev/pts"
trap umount_all EXIT
in_chroot() { chroot "$work" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"; }

for what in "$@"; do
case "$what" in
test)
    in_chroot CI=true bash -c 'cd /src && bash .ci/run'
    ;;
run)
    in_chroot bash -c 'cd /src && (./scripts/run.sh > /tmp/run.log 2>&1 &) ;
        for i in $(seq 1 1800); do pidof cinereg >/dev/null && break; sleep 1; done;
        sleep 10; pidof cinereg >/dev/null || { cat /tmp/run.log; exit 1; };
        echo "the window is up on its default register:"; ls -l /root/.local/share/CCM/cinereg/;
        kill $(pidof cinereg); sleep 2'
    ;;
package)
    in_chroot bash -c 'set -e; cd /src && deb=$(./scripts/package.sh | tail -1);
        apt-get install -y -qq "./$deb" >/dev/null;
        useradd -m clerk;
        su - clerk -c "cinereg-cli --version && cinereg --version &&
            cinereg-cli --lang ar company add --name \"Atlas Films\" --name-ar \"أطلس فيلمز\" \
              --form SARL --rc 252633 --rc-court Casablanca --ice 001561191000066 \
              --capital 400000 --address \"12 bd Zerktouni\" --city Casablanca &&
            cinereg-cli --lang en company show 1 | head -3"
        register=/home/clerk/.local/share/CCM/cinereg/register.cinereg
        sum=$(sha256sum "$register")
        apt-get remove -y -qq cinereg >/dev/null
        ! command -v cinereg-cli
        [ "$(sha256sum "$register")" = "$sum" ] && echo "removed; the register is untouched: $register"'
    ;;
*) echo "usage: $0 test|run|package..." >&2; exit 2 ;;
esac
echo "fresh Debian 12: $what passed"
done
