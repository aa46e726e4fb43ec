#!/usr/bin/env bash
# Install everything Routekaart needs on a fresh Debian 12 / Ubuntu 24.04 machine: the system
# libraries Qt needs (offscreen and X11), Xvfb, poppler tools, LibreOffice Writer (headless, for
# the tests), the shared libpython PyInstaller needs, and a Python virtual environment in .venv
# with Routekaart and its test tools.
#
# A second run is offline and instant: when .venv/setup-stamp matches (hash of pyproject.toml,
# the package list and the Python used) and every package is installed, nothing is downloaded.
# apt and pip output goes to .venv/setup.log, which is shown in full when a step fails.
# Without root and without sudo it prints the apt-get line to run as root and exits 1.
# PYTHON=/path/to/python3.11 picks another interpreter (3.11 or newer).
set -euo pipefail
cd "$(dirname "$0")/.."
START=$(date +%s.%N)

# One package per line (other changes add or remove a single line).
APT_PACKAGES=(
  ca-certificates
  python3
  python3-venv
  libgl1
  libegl1
  libfontconfig1
  fonts-dejavu-core
  libfreetype6
  libx11-6
  libxkbcommon0
  libdbus-1-3
  libglib2.0-0
  libxcb-cursor0
  libxcb-icccm4
  libxcb-image0
  libxcb-keysyms1
  libxcb-render-util0
  libxcb-render0
  libxcb-shape0
  libxcb-util1
  libxcb-xkb1
  libxkbcommon-x11-0
  xvfb
  xauth
  binutils
  poppler-utils
  libreoffice-writer-nogui
)
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(nodejs npm)  # y-websocket interop test (tests/live); not when npm is there

LOG=.venv/setup.log
STAMP=.venv/setup-stamp

say() { echo "setup: $*"; }
elapsed() { awk -v s="$START" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f s", e - s }'; }

python_cmd() {  # the interpreter to build .venv from (may not exist yet on a bare machine)
  if [ -n "${PYTHON:-}" ]; then echo "$PYTHON"; else command -v python3 || echo /usr/bin/python3; fi
}

PY_ID=""
find_python() {  # sets PY_ID to "<realpath> <version> <shared>" of the interpreter, or ""
  local py; py=$(python_cmd)
  PY_ID=""
  command -v "$py" >/dev/null 2>&1 || return 0
  PY_ID=$("$py" -c 'import os, sys, sysconfig
print(os.path.realpath(sys.executable), "%d.%d.%d" % sys.version_info[:3],
      sysconfig.get_config_var("Py_ENABLE_SHARED") or 0)' 2>/dev/null || true)
}
python_id() { echo "$PY_ID"; }

debian_python_minor() {  # 3.11 on Debian 12, 3.12 on Ubuntu 24.04 (from the python3 package)
  apt-cache show --no-all-versions python3 2>/dev/null | sed -n 's/^Depends:.*\bpython\(3\.[0-9]*\) .*/\1/p' | sed -n 1p
}

libpython_package() {  # libpython3.X (Ubuntu 24.04: libpython3.X t64) when Debian's python is used
  local id minor
  id=$(python_id)
  if [ -n "$id" ]; then
    case "${id%% *}" in /usr/bin/*) ;; *) return 0 ;; esac  # own build (pyenv, ...): has its own
    [ "${id##* }" = 1 ] && return 0                         # built with the shared library
    minor=$(echo "$id" | awk '{ split($2, v, "."); print v[1] "." v[2] }')
  else
    minor=$(debian_python_minor)
  fi
  [ -n "$minor" ] || return 0
  if apt-cache show "libpython${minor}t64" >/dev/null 2>&1; then echo "libpython${minor}t64"
  else echo "libpython${minor}"; fi
}

all_packages() { printf '%s\n' "${APT_PACKAGES[@]}"; libpython_package; }

missing_packages() {  # the given packages that dpkg does not list as installed
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local ok p
  ok=" $( { dpkg-query -W -f='${db:Status-Abbrev}|${Package}\n' "$@" 2>/dev/null || true; } \
        | sed -n 's/^ii *|//p' | tr '\n' ' ') "
  for p in "$@"; do
    case "$ok" in *" $p "*) ;; *) echo "$p" ;; esac
  done
}

stamp_text() {  # what a finished setup depends on
  echo "pip $( { sha256sum pyproject.toml | cut -d' ' -f1; python_id; } | sha256sum | cut -d' ' -f1)"
  echo "apt $(all_packages | sha256sum | cut -d' ' -f1)"
}

fail() {  # step name, exit code
  echo "setup: FAILED while $1 (exit $2). Full log ($LOG):" >&2
  echo "------------------------------------------------------------------------" >&2
  cat "$LOG" >&2 || true
  echo "------------------------------------------------------------------------" >&2
  echo "setup: FAILED while $1 (exit $2); log above and in $LOG" >&2
  exit "$2"
}

step() {  # step name, command...: output to the log, the log on the screen when it fails
  local name=$1 rc=0; shift
  echo "== $name: $*" >>"$LOG"
  "$@" >>"$LOG" 2>&1 </dev/null || rc=$?
  [ "$rc" -eq 0 ] || fail "$name" "$rc"
}

# -- the instant path: everything is as the last successful run left it -----------------------
find_python
PACKAGES=$(all_packages)
if [ -x .venv/bin/python ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(stamp_text)" ] \
   && [ -z "$(missing_packages $PACKAGES)" ]; then
  say "up to date (.venv, Python $(python_id | cut -d' ' -f2); nothing installed, $(elapsed))"
  exit 0
fi

mkdir -p .venv
: >"$LOG"
installed=0

# -- system packages ---------------------------------------------------------------------------
install_missing() {
  local missing
  missing=$(missing_packages $(all_packages) | tr '\n' ' ' | sed 's/ $//')
  [ -n "$missing" ] || return 0
  local apt="apt-get install -y --no-install-recommends $missing"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "setup: these system packages are missing: $missing" >&2
      echo "setup: run this as root, then run this script again:" >&2
      echo "" >&2
      echo "  apt-get update && $apt" >&2
      echo "" >&2
      exit 1
    fi
    sudo="sudo"
    say "installing system packages with sudo: $missing"
  else
    say "installing $(echo "$missing" | wc -w) system packages (log: $LOG)"
  fi
  step "apt-get update" $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o Acquire::Retries=3 update
  step "installing system packages" $sudo env DEBIAN_FRONTEND=noninteractive \
    apt-get -o Acquire::Retries=3 install -y --no-install-recommends $missing
  installed=$((installed + $(echo "$missing" | wc -w)))
}
install_missing
find_python
install_missing  # again: the libpython package is known once python3 is there
find_python

# -- the virtual environment -------------------------------------------------------------------
PY=$(python_cmd)
ID=$(python_id)
[ -n "$ID" ] || { echo "== $PY cannot run" >>"$LOG"; fail "looking for Python ($PY)" 1; }
want=$(echo "$ID" | cut -d' ' -f2)
have=$(.venv/bin/python -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null || true)
if [ "$have" != "$want" ]; then
  if [ -n "$have" ] || [ -e .venv/bin ]; then  # made by another Python: start again
    find .venv -mindepth 1 -maxdepth 1 ! -name setup.log -exec rm -rf {} +
  fi
  say "creating .venv with Python $want"
  step "creating .venv" "$PY" -m venv .venv
fi
pip_line=$(stamp_text | sed -n 1p)
if [ ! -f "$STAMP" ] || [ "$(head -1 "$STAMP")" != "$pip_line" ] \
   || ! .venv/bin/python -I -c 'import PySide6, pytestqt, desktop.cli' >/dev/null 2>&1; then
  say "installing Routekaart and its Python packages into .venv (log: $LOG)"
  step "installing Python packages" env PIP_DISABLE_PIP_VERSION_CHECK=1 \
    .venv/bin/python -m pip install --progress-bar off -e ".[test]"
fi
step "checking the installation" .venv/bin/python -I -c 'import PySide6, pytestqt, desktop.cli'
[ -x .venv/bin/routekaart ] || { echo "== .venv/bin/routekaart is missing" >>"$LOG"; fail "checking the installation" 1; }
stamp_text >"$STAMP"
say "ready (.venv, Python $want, $installed system packages installed, $(elapsed); log: $LOG)"
