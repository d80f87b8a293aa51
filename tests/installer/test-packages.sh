#!/usr/bin/env bash
# Builds the .deb and the self-extracting .sh from a built tree with cpack, unpacks both without
# root into WORK_DIR, and proves what they contain works: the control fields, the layout, both
# executables, and the desktop-integration files against their validators.
#
#   test-packages.sh CMAKE CPACK BUILD_DIR WORK_DIR VERSION
#
# Nothing is installed system-wide: the .deb is only unpacked (dpkg-deb -x), the .sh gets --prefix.
set -euo pipefail

if [ $# -ne 5 ]; then
    echo "usage: $0 CMAKE CPACK BUILD_DIR WORK_DIR VERSION" >&2
    exit 64
fi
cmake=$1 cpack=$2 build=$3 work=$4 version=$5
here=$(cd "$(dirname "$0")" && pwd)
app_id=io.fleetdeck.Fleetdeck
min_tenants=30
# Loaded at run time, so dpkg-shlibdeps cannot find them; installer/CMakeLists.txt names them.
hand_depends=(libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0 libqt6svg6)
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
die() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "-- $*"; }

for tool in dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev appstreamcli:appstream desktop-file-validate:desktop-file-utils; do
    command -v "${tool%%:*}" >/dev/null || die "${tool%%:*} not found: install the Debian package ${tool#*:} (listed in .ci/packages)"
done
[ -f "$build/CPackConfig.cmake" ] || die "$build/CPackConfig.cmake is missing: configure the build tree first"
for exe in app/fleetdeck sim/fleetdeck-sim; do
    [ -x "$build/$exe" ] || die "$build/$exe is not built: build the targets fleetdeck and fleetdeck-sim first"
done

rm -rf "$work"
mkdir -p "$work/packages"

step "cpack -G DEB;STGZ"
if ! "$cpack" --config "$build/CPackConfig.cmake" -G "DEB;STGZ" -B "$work/packages" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    die "cpack failed (log above)"
fi
shopt -s nullglob
debs=("$work"/packages/*.deb)
scripts=("$work"/packages/*.sh)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || die "expected one .deb in $work/packages, found ${#debs[@]}"
[ ${#scripts[@]} -eq 1 ] || die "expected one .sh in $work/packages, found ${#scripts[@]}"
deb=${debs[0]} stgz=${scripts[0]}
ls -l "$deb" "$stgz"

# Runs the installed executables of one unpacked package. $1: the prefix (has bin/), $2: a label.
check_prefix() {
    local prefix=$1 label=$2 out rc

    step "$label: $prefix/bin/fleetdeck --version"
    [ -x "$prefix/bin/fleetdeck-sim" ] || fail "$label: $prefix/bin/fleetdeck-sim is missing or not executable"
    if ! out=$("$prefix/bin/fleetdeck" --version 2>&1); then
        fail "$label: fleetdeck --version failed: $out"
    elif [ "$out" != "fleetdeck $version" ]; then
        fail "$label: fleetdeck --version printed '$out', expected 'fleetdeck $version'"
    fi

    step "$label: $prefix/bin/fleetdeck status --demo --json"
    rc=0
    "$prefix/bin/fleetdeck" status --demo --json >"$work/$label-status.json" 2>"$work/$label-status.err" || rc=$?
    # The simulated fleet always has a degraded or a down client: 1 (warning) or 2 (critical).
    if [ "$rc" -ne 1 ] && [ "$rc" -ne 2 ]; then
        fail "$label: fleetdeck status --demo --json exited $rc, expected 1 or 2; stderr: $(cat "$work/$label-status.err")"
    elif ! "$cmake" -D JSON_FILE="$work/$label-status.json" -D EXIT_CODE="$rc" -D MIN_TENANTS="$min_tenants" \
        -P "$here/checkstatusjson.cmake"; then
        fail "$label: the status JSON is not what was expected (see above)"
    fi
}

# --- (a) the .deb ------------------------------------------------------------------------------
step "deb: control fields of $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for p in "${hand_depends[@]}"; do
    # Whole entries only: "libqt6svg6" must not be satisfied by e.g. "libqt6svg6-dev".
    grep -qE "(^|, )$p( \(|,|$)" <<<"$depends" || fail "deb: Depends lacks $p (it is loaded with dlopen, so it must be named by hand)"
done
grep -qE '(^|, )libqt6core6 \(' <<<"$depends" || fail "deb: Depends lacks libqt6core6: did dpkg-shlibdeps run?"
[ "$(dpkg-deb -f "$deb" Package)" = fleetdeck ] || fail "deb: Package is not 'fleetdeck'"
[[ "$(dpkg-deb -f "$deb" Version)" == "$version"-* ]] || fail "deb: Version '$(dpkg-deb -f "$deb" Version)' does not start with $version-"
grep -qE '(^|, )gnome-keyring($|,| )' <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "deb: Recommends lacks gnome-keyring"

step "deb: dpkg-deb -x"
dpkg-deb -x "$deb" "$work/deb" || die "dpkg-deb -x $deb failed"
check_prefix "$work/deb/usr" deb

# --- (b) the self-extracting .sh ---------------------------------------------------------------
step "stgz: $(basename "$stgz") --prefix=... --skip-license --exclude-subdir"
mkdir -p "$work/stgz"
if ! sh "$stgz" --prefix="$work/stgz" --skip-license --exclude-subdir >"$work/stgz.log" 2>&1; then
    cat "$work/stgz.log" >&2
    die "the self-extracting archive failed (log above)"
fi
check_prefix "$work/stgz" stgz

# --- layout: the one `cmake --install` produces, the same in both packages ---------------------
step "layout"
expected=(bin/fleetdeck bin/fleetdeck-sim
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    share/doc/fleetdeck/README.md share/doc/fleetdeck/LICENSE)
for size in 16 24 32 48 64 128 256 512; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
    [ -f "$work/deb/usr/$f" ] || fail "deb: /usr/$f is missing"
    [ -f "$work/stgz/$f" ] || fail "stgz: $f is missing"
done
if ! diff <(cd "$work/deb/usr" && find . -type f | sort) <(cd "$work/stgz" && find . -type f | sort) >"$work/layout.diff"; then
    cat "$work/layout.diff" >&2
    fail "the .deb (under /usr) and the .sh install different files (diff above)"
fi

# --- (c) the desktop-integration files, as installed --------------------------------------------
step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$work/deb/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "appstreamcli validate rejected the installed metainfo"
# The tree check also resolves the launchable .desktop file and the icon inside the package.
appstreamcli validate-tree --no-net "$work/deb" || fail "appstreamcli validate-tree rejected the unpacked .deb"
step "desktop-file-validate"
desktop-file-validate "$work/deb/usr/share/applications/$app_id.desktop" \
    || fail "desktop-file-validate rejected the installed .desktop file"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"
