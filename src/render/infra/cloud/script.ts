import { shellQuote, singleQuoted } from '../../../util/shell-quote.js';
import type { PlannedStack } from './stacks.js';

/**
 * The skeleton every cloud's fill-parameters.sh shares: strict bash, the plan's values as quoted variables, the
 * helpers that read what `openshift-install create ignition-configs` wrote, and one `case` branch per stack that
 * copies the plan's parameter file into the install folder and fills in what only the installer and the cloud know.
 * The cloud renderers add their own look-up functions and the format of their parameter files.
 */
export interface ScriptSpec {
  /** What the script fills (one line of its header). */
  purpose: string;
  /** Folder under the install folder that receives the filled files, e.g. `aws`. */
  outSubdir: string;
  installDir: string;
  variables: [string, string][];
  /** Shell functions of the cloud: look-ups, `set_param`, `finish`. */
  functions: string[];
  cases: { name: string; lines: string[] }[];
}

const COMMON_FUNCTIONS = [
  `die() {
  printf '%s: %s\\n' "\${0##*/}" "$*" >&2
  exit 1
}`,
  `# The infrastructure name of this cluster: openshift-install writes it into metadata.json.
infra_id() {
  [ -f "$install_dir/metadata.json" ] ||
    die "$install_dir/metadata.json is missing: run openshift-install create ignition-configs --dir $install_dir first"
  jq -er '.infraID' "$install_dir/metadata.json"
}`,
  `# An Ignition file of this cluster (bootstrap.ign, master.ign, worker.ign).
ignition_file() {
  [ -f "$install_dir/$1" ] || die "$install_dir/$1 is missing: run openshift-install create ignition-configs --dir $install_dir first"
  printf '%s\\n' "$install_dir/$1"
}`,
  `# Copies the plan's parameter file into a temporary file of the install folder; set_param works on that copy and
# finish moves it into place, so a run that stops leaves no half-filled file behind.
start() {
  mkdir -p "$out_dir"
  target="$out_dir/$1"
  file=$(mktemp "$out_dir/.$1.XXXXXX")
  cp "$here/$1" "$file"
}`,
];

/** The complete script text. */
export function renderScript(spec: ScriptSpec): string {
  const names = spec.cases.map((c) => c.name);
  const lines = [
    '#!/usr/bin/env bash',
    `# ${spec.purpose}`,
    "# Run it after `openshift-install create ignition-configs`, once per stack and in the checklist's order: each",
    '# stack reads the outputs of the stacks created before it. It writes the filled copy into the install folder',
    '# and leaves the plan folder as it is; it stops with a message when a value cannot be found.',
    `# Usage: INSTALL_DIR=<install folder> ${'$0'} ${names.join('|')}`,
    'set -euo pipefail',
    'shopt -s inherit_errexit',
    '# The filled files hold Ignition data and signed URLs: readable by you only.',
    'umask 077',
    '',
    `here=$(cd "$(dirname "\${BASH_SOURCE[0]}")" && pwd)`,
    `install_dir=\${INSTALL_DIR:-${shellQuote(spec.installDir)}}`,
    `out_dir="$install_dir/${spec.outSubdir}"`,
    ...spec.variables.map(([name, value]) => `${name}=${singleQuoted(value)}`),
    'file=',
    'target=',
    `trap 'rm -f "$file"' EXIT`,
    '',
    ...[...COMMON_FUNCTIONS, ...spec.functions].flatMap((fn) => [fn, '']),
    'command -v jq >/dev/null 2>&1 || die "jq is not on PATH"',
    '',
    `case "\${1:-}" in`,
    ...spec.cases.flatMap((c) => [`  ${c.name})`, ...c.lines.map((l) => `    ${l}`), '    ;;']),
    '  *)',
    `    die "usage: INSTALL_DIR=<install folder> $0 ${names.join('|')}"`,
    '    ;;',
    'esac',
    '',
  ];
  return lines.join('\n');
}

/** The case name of a stack: its id (`worker-0` for the first AWS worker). */
export function caseName(stack: PlannedStack): string {
  return stack.id;
}
