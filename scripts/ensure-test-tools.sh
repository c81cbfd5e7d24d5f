#!/usr/bin/env bash
# What the tests need from Debian: Chromium for the browser tests and Java for the Nu Html Checker.
# Installs what is missing when we may (root on Debian); otherwise says what to install and fails.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
java="${JAVA:-java}"

missing=()
[ -x "$chromium_path" ] || missing+=(chromium)
command -v "$java" >/dev/null 2>&1 || missing+=(default-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing from Debian for the tests: ${missing[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The tests need Chromium at $chromium_path and Java (\"$java\") for the Nu Html Checker." >&2
echo "Install them (Debian/Ubuntu: sudo apt-get install -y ${missing[*]}), or set CHROMIUM_PATH and JAVA." >&2
exit 1
