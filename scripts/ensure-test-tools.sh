#!/usr/bin/env bash
# What the tests need from Debian: Chromium for the browser tests and Java for the Nu Html Checker
# (both required), and the other engines of the cross-engine checks: Firefox ESR, and WebKitGTK's
# driver with a virtual display and real input for it. Installs what is missing when we may (root on
# Debian). Otherwise it fails for what is required and lets the cross-engine run skip an engine it
# cannot have, saying why.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
java="${JAVA:-java}"
firefox_path="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
webkit_driver_path="${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}"

required=()
[ -x "$chromium_path" ] || required+=(chromium)
command -v "$java" >/dev/null 2>&1 || required+=(default-jre-headless)
optional=()
[ -x "$firefox_path" ] || optional+=(firefox-esr)
[ -x "$webkit_driver_path" ] || optional+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || optional+=(xvfb)
command -v xdotool >/dev/null 2>&1 || optional+=(xdotool)
[ ${#required[@]} -eq 0 ] && [ ${#optional[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  install() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
  echo "Installing from Debian for the tests: ${required[*]} ${optional[*]}…"
  apt-get update -qq
  [ ${#required[@]} -eq 0 ] || install "${required[@]}"
  [ ${#optional[@]} -eq 0 ] || install "${optional[@]}" ||
    echo "Could not install ${optional[*]}: the cross-engine run will skip the engines that need them." >&2
  exit 0
fi
if [ ${#required[@]} -gt 0 ]; then
  echo "The tests need Chromium at $chromium_path and Java (\"$java\") for the Nu Html Checker." >&2
  echo "Install them (Debian/Ubuntu: sudo apt-get install -y ${required[*]}), or set CHROMIUM_PATH and JAVA." >&2
  exit 1
fi
