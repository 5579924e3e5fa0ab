#!/usr/bin/env bash
# Installs Debian's headless Chromium, which the test that renders the
# docket tool's HTML report uses (tests/it/docket_living.rs). Run by
# .ci/run before the tests; without it that test checks the HTML alone
# outside CI, and says so.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "chromium: $(chromium --version 2>/dev/null || echo present)"; exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium: not installed and no apt-get here" >&2; exit 1
fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
echo "chromium: $(chromium --version 2>/dev/null || echo installed)"
