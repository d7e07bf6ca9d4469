# Installs what a fresh Debian machine lacks for storyshell. Sourced by scripts/*.
# Quiet when everything is there already; apt-get only runs for what is missing.

storyshell_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

_apt_install() {
  local sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo="sudo"
  echo "storyshell: installing $* (apt-get)" >&2
  if [ -z "${_STORYSHELL_APT_UPDATED:-}" ]; then
    $sudo apt-get update -qq >&2 || true
    _STORYSHELL_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >&2
}

# Build needs: the Swift toolchain, libedit's header and pkg-config.
ensure_build_deps() {
  command -v swift >/dev/null || { echo "storyshell: the Swift toolchain (swift) is not on PATH" >&2; return 1; }
  local need=()
  command -v pkg-config >/dev/null || need+=(pkg-config)
  { pkg-config --exists libedit 2>/dev/null && [ -f /usr/include/histedit.h ]; } || need+=(libedit-dev)
  [ ${#need[@]} -eq 0 ] || _apt_install "${need[@]}"
}

# Test needs on top: tmux (pty tests), python3 with pytest and pexpect, less (pager).
ensure_test_deps() {
  ensure_build_deps
  local need=()
  command -v tmux >/dev/null || need+=(tmux)
  command -v less >/dev/null || need+=(less)
  command -v python3 >/dev/null || need+=(python3 python3-pip)
  [ ${#need[@]} -eq 0 ] || _apt_install "${need[@]}"
  python3 -c 'import pexpect, pytest' 2>/dev/null || {
    echo "storyshell: installing pexpect and pytest (pip)" >&2
    python3 -m pip install -q pexpect pytest >&2 2>/dev/null || python3 -m pip install -q --break-system-packages pexpect pytest >&2
  }
}

# A headless browser, for the tests that render SVG and HTML the way a reader sees them.
ensure_browser() {
  for b in chromium chromium-browser google-chrome; do command -v "$b" >/dev/null && return 0; done
  _apt_install chromium fonts-dejavu-core
}
