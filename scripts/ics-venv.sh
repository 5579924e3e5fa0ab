#!/usr/bin/env bash
# Creates the Python environment the tests use to read exported calendars
# with an independent parser (python `icalendar`), at target/ics-venv.
# Run by .ci/run before the tests; run it once by hand to include that test
# locally (without it, the test is skipped outside CI).
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${CARGO_TARGET_DIR:-target}/ics-venv"
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import icalendar" 2>/dev/null; then
  echo "ics-venv: ready at $venv"; exit 0
fi
if ! command -v python3 >/dev/null 2>&1 || ! python3 -m venv --help >/dev/null 2>&1 \
   || ! python3 -c "import ensurepip" >/dev/null 2>&1; then
  echo "ics-venv: installing python3 and python3-venv"
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq python3 python3-venv >/dev/null
  else
    echo "ics-venv: python3 with venv is needed (no apt-get here)" >&2; exit 1
  fi
fi
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check "icalendar>=5,<8"
"$venv/bin/python" -c "import icalendar; print('ics-venv: icalendar', icalendar.__version__, 'at $venv')"
