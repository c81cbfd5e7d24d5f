#!/usr/bin/env bash
# What the tests need from Debian: Chromium for the browser tests, Java for the Nu Html Checker, and
# the other engines of the cross-engine checks: Firefox ESR, and WebKitGTK's driver with a virtual
# display and real input for it. Installs what is missing when we may (root on Debian); otherwise,
# or when installing fails, it says what to install and fails: every engine is part of the tests.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
java="${JAVA:-java}"
firefox_path="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
webkit_driver_path="${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}"

needed=()
[ -x "$chromium_path" ] || needed+=(chromium)
command -v "$java" >/dev/null 2>&1 || needed+=(default-jre-headless)
[ -x "$firefox_path" ] || needed+=(firefox-esr)
[ -x "$webkit_driver_path" ] || needed+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || needed+=(xvfb)
command -v xdotool >/dev/null 2>&1 || needed+=(xdotool)
[ ${#needed[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing from Debian for the tests: ${needed[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null && exit 0
  echo "Could not install ${needed[*]} from Debian." >&2
  exit 1
fi
echo "The tests need ${needed[*]}: Chromium for the browser tests, Java for the Nu Html Checker, Firefox ESR and WebKitGTK for the cross-engine checks." >&2
echo "Install them (Debian/Ubuntu: sudo apt-get install -y ${needed[*]}), or point CHROMIUM_PATH, JAVA, FIREFOX_PATH and WEBKIT_DRIVER_PATH at other installations." >&2
exit 1
