import type { Lang } from '../../../types.js';
import { shellQuote, singleQuoted } from '../../../util/shell-quote.js';
import { type ScriptWords, scriptWords } from './script-text.js';
import type { PlannedStack } from './stacks.js';

/**
 * The skeleton every cloud's fill-parameters.sh shares: strict bash, the plan's values as quoted variables, the
 * helpers that read what `openshift-install create ignition-configs` wrote, and one `case` branch per stack that
 * copies the plan's parameter file into the install folder and fills in what only the installer and the cloud know.
 * The cloud renderers add their own look-up functions and the format of their parameter files.
 */
export interface ScriptSpec {
  /** What the script fills (one line of its header), in the script's language. */
  purpose: string;
  /** Folder under the install folder that receives the filled files, e.g. `aws`. */
  outSubdir: string;
  installDir: string;
  variables: [string, string][];
  /** Shell functions of the cloud: look-ups, `set_param`, `finish`. */
  functions: string[];
  cases: { name: string; lines: string[] }[];
}

const commonFunctions = (t: ScriptWords) => [
  `die() {
  printf '%s: %s\\n' "\${0##*/}" "$*" >&2
  exit 1
}`,
  `${t.comment('infraId')}
infra_id() {
  [ -f "$install_dir/metadata.json" ] ||
    die "${t.message('metadataMissing')}"
  jq -er '.infraID' "$install_dir/metadata.json"
}`,
  `${t.comment('ignitionFile')}
ignition_file() {
  [ -f "$install_dir/$1" ] || die "${t.message('ignitionMissing')}"
  printf '%s\\n' "$install_dir/$1"
}`,
  `${t.comment('start')}
start() {
  mkdir -p "$out_dir"
  target="$out_dir/$1"
  file=$(mktemp "$out_dir/.$1.XXXXXX")
  cp "$here/$1" "$file"
}`,
];

/** The complete script text, its comments and messages in `lang`. */
export function renderScript(spec: ScriptSpec, lang: Lang): string {
  const t = scriptWords(lang);
  const names = spec.cases.map((c) => c.name).join('|');
  const lines = [
    '#!/usr/bin/env bash',
    `# ${spec.purpose}`,
    t.comment('runAfter'),
    `# ${t.template('usage', { names })}`,
    'set -euo pipefail',
    'shopt -s inherit_errexit',
    t.comment('umask'),
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
    ...[...commonFunctions(t), ...spec.functions].flatMap((fn) => [fn, '']),
    `command -v jq >/dev/null 2>&1 || die "${t.message('jqMissing')}"`,
    '',
    `case "\${1:-}" in`,
    ...spec.cases.flatMap((c) => [`  ${c.name})`, ...c.lines.map((l) => `    ${l}`), '    ;;']),
    '  *)',
    `    die "${t.template('usageDie', { names })}"`,
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
