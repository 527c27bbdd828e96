#!/usr/bin/env bash
# The test suite drives real programs: tmux (the wizard in a terminal), Chromium (the printable checklist), HAProxy,
# BIND and dnsmasq (the infra/ files), shellcheck and jq (the cloud UPI scripts). This installs the missing ones from
# Debian's packages when it can (root with apt-get), and otherwise names them and stops, so `npm test` never fails
# later with a confusing error.
set -euo pipefail

missing=()
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
command -v named >/dev/null 2>&1 || [ -x /usr/sbin/named ] || missing+=(bind9)
command -v named-checkzone >/dev/null 2>&1 || [ -x /usr/sbin/named-checkzone ] || missing+=(bind9-utils)
command -v dig >/dev/null 2>&1 || missing+=(bind9-dnsutils)
command -v dnsmasq >/dev/null 2>&1 || [ -x /usr/sbin/dnsmasq ] || missing+=(dnsmasq-base)
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
command -v jq >/dev/null 2>&1 || missing+=(jq)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the programs the tests drive: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "The tests drive these programs, which are missing: ${missing[*]} (Debian package names)." >&2
  echo "Install them (e.g. sudo apt-get install ${missing[*]}) and run npm test again." >&2
  exit 1
fi
