#!/usr/bin/env bash
# ctest label `package`: builds the .deb from this build tree (CPack), unpacks it into a temporary
# root, runs the installed programs there on a new register in Arabic, and validates the desktop
# entry, the AppStream metainfo and the package itself (lintian: no errors).
# Arguments: BUILD_DIR SOURCE_DIR EXPECTED_VERSION
set -euo pipefail
build=$1 source=$2 version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "package test: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null) || fail "cpack failed"
deb=$(ls "$work"/out/cinereg_"$version"_*.deb 2>/dev/null) || fail "no cinereg_${version}_*.deb built"
echo "built $(basename "$deb")"

# What the package declares and holds.
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins fonts-noto-core libqt6widgets6; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/cinereg ./usr/bin/cinereg-cli \
            ./usr/share/applications/ma.ccm.cinereg.desktop \
            ./usr/share/metainfo/ma.ccm.cinereg.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/ma.ccm.cinereg.svg \
            ./usr/share/icons/hicolor/48x48/apps/ma.ccm.cinereg.png \
            ./usr/share/man/man1/cinereg-cli.1.gz ./usr/share/man/man1/cinereg.1.gz \
            ./usr/share/doc/cinereg/copyright ./usr/share/doc/cinereg/changelog.gz; do
    grep -q " $path\$" <<<"$contents" || fail "the package lacks $path"
done

root="$work/root"
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/ma.ccm.cinereg.desktop" ||
    fail "desktop entry invalid"
appstreamcli validate --no-net "$root/usr/share/metainfo/ma.ccm.cinereg.metainfo.xml" ||
    fail "metainfo invalid"
zcat "$root/usr/share/man/man1/cinereg-cli.1.gz" | grep -q "certificate verify" ||
    fail "the man page does not list the commands"

# The installed programs, on a new register, in Arabic; the user's folders are temporary ones.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export QT_QPA_PLATFORM=offscreen
cli="$root/usr/bin/cinereg-cli"
[ "$("$cli" --version)" = "cinereg-cli $version" ] || fail "cinereg-cli --version: $("$cli" --version)"
"$root/usr/bin/cinereg" --version | grep -qx "cinereg $version" || fail "cinereg --version differs"
"$cli" --lang ar company add --name "Atlas Films" --name-ar "أطلس فيلمز" --form SARL \
    --rc 252633 --rc-court Casablanca --ice 001561191000066 --capital 400000 \
    --address "12 bd Zerktouni" --city Casablanca >/dev/null || fail "company add failed"
[ -f "$XDG_DATA_HOME/CCM/cinereg/register.cinereg" ] ||
    fail "the default register is not under the user's data folder"
shown=$("$cli" --lang ar company show 1)
grep -q "أطلس فيلمز" <<<"$shown" || fail "company show lost the Arabic name: $shown"
refusal=$("$cli" --lang ar authorization grant 99 --decision X --from 2026-01-01 2>&1 >/dev/null) &&
    fail "a grant to an unknown company was accepted"
LC_ALL=C.UTF-8 grep -qP '\p{Arabic}' <<<"$refusal" || fail "the refusal is not in Arabic: $refusal"
# The window opens the same default register as the CLI (it once opened another one).
timeout 5 "$root/usr/bin/cinereg" >/dev/null 2>&1 || [ $? -eq 124 ] || fail "cinereg did not start"
[ ! -e "$XDG_DATA_HOME/register.cinereg" ] || fail "the window opened a register outside CCM/cinereg"
"$cli" --json audit list --entity register | grep -q "\"program_version\": *\"$version\"" ||
    fail "the register does not record the version that created it"

# lintian: no errors (warnings are listed for the maintainer).
lintian --fail-on error --suppress-tags-from-file "$source/scripts/lintian-accepted.txt" "$deb" ||
    fail "lintian reports errors"
echo "package ok"
