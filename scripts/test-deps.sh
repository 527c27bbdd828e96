#!/usr/bin/env bash
# The test suite drives real programs: tmux (the wizard in a terminal), Chromium (the printable checklist), HAProxy,
# BIND and dnsmasq (the infra/ files), shellcheck and jq (the cloud UPI scripts), ssh-keygen (the wizard's key),
# script (the benchmark's terminal), mkfifo and git (hostile-file tests, the plan .gitignore). This installs the missing
# ones from Debian's packages when it can (root with apt-get), and otherwise names them and stops, so `npm test` never
# fails later with a confusing error. The tests never skip a missing program: they fail.
set -euo pipefail

# One line per program: the command (or absolute path) the tests run, then the Debian package that provides it.
# Daemons live in /usr/sbin, which a non-root PATH may lack, so each command is also looked for there.
PROGRAMS=(
  "tmux tmux"
  "/usr/bin/chromium chromium"
  "haproxy haproxy"
  "named bind9"
  "named-checkzone bind9-utils"
  "dig bind9-dnsutils"
  "dnsmasq dnsmasq-base"
  "shellcheck shellcheck"
  "jq jq"
  "ssh-keygen openssh-client"
  "script bsdutils"
  "mkfifo coreutils"
  "git git"
)

missing=()
for entry in "${PROGRAMS[@]}"; do
  read -r program package <<<"$entry"
  if [[ "$program" == /* ]]; then
    [ -x "$program" ] || missing+=("$package")
  else
    command -v "$program" >/dev/null 2>&1 || [ -x "/usr/sbin/$program" ] || [ -x "/sbin/$program" ] || missing+=("$package")
  fi
done
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
