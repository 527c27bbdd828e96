import type { YScalar } from './nodes.js';

/*
 * What a scalar means, as go-yaml v2 resolves it (resolve.go), and the text sigs.k8s.io/yaml turns a number or
 * boolean into when the Go field is a string (yaml.go convertToJSONableObject). YAML 1.1 booleans (yes/no/on/off)
 * are honoured; base-60 numbers are not ("purposefully unsupported"), so 52:54:00:12:34:56 stays a string.
 * https://github.com/go-yaml/yaml/blob/v2/resolve.go, https://github.com/kubernetes-sigs/yaml/blob/master/yaml.go
 */

export const TAG = {
  str: 'tag:yaml.org,2002:str',
  int: 'tag:yaml.org,2002:int',
  float: 'tag:yaml.org,2002:float',
  bool: 'tag:yaml.org,2002:bool',
  null: 'tag:yaml.org,2002:null',
  binary: 'tag:yaml.org,2002:binary',
  timestamp: 'tag:yaml.org,2002:timestamp',
  merge: 'tag:yaml.org,2002:merge',
} as const;

/**
 * A number the installer keeps as float64, or an integer beyond what a JavaScript number holds exactly; `text` is
 * what a Go string field receives for it (FormatFloat 'g' at 32-bit precision, or the exact decimal digits).
 */
export class GoNumber {
  constructor(
    readonly value: number,
    readonly text: string,
    readonly integer: boolean,
  ) {}
}

export type Resolved =
  | { tag: typeof TAG.null; value: null }
  | { tag: typeof TAG.bool; value: boolean }
  | { tag: typeof TAG.int; value: number | GoNumber }
  | { tag: typeof TAG.float; value: GoNumber }
  | { tag: string; value: string };

const BOOLS: Record<string, boolean> = {};
for (const word of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
  BOOLS[word] = true;
for (const word of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'])
  BOOLS[word] = false;
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOATS: Record<string, number> = {
  '.nan': Number.NaN,
  '.NaN': Number.NaN,
  '.NAN': Number.NaN,
  '.inf': Number.POSITIVE_INFINITY,
  '.Inf': Number.POSITIVE_INFINITY,
  '.INF': Number.POSITIVE_INFINITY,
  '+.inf': Number.POSITIVE_INFINITY,
  '+.Inf': Number.POSITIVE_INFINITY,
  '+.INF': Number.POSITIVE_INFINITY,
  '-.inf': Number.NEGATIVE_INFINITY,
  '-.Inf': Number.NEGATIVE_INFINITY,
  '-.INF': Number.NEGATIVE_INFINITY,
};
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** Go's strconv.ParseFloat syntax for a decimal number (after the '.' hint). */
const GO_FLOAT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's strconv.ParseInt/ParseUint with base 0: 0x, 0o, 0b and a leading 0 (octal) select the base. */
function parseGoInteger(text: string, signed: boolean): bigint | undefined {
  let s = text;
  let negative = false;
  if (signed && (s.startsWith('+') || s.startsWith('-'))) {
    negative = s.startsWith('-');
    s = s.slice(1);
  }
  if (s === '') return undefined;
  let digits: RegExp;
  let prefix = '';
  if (/^0[xX]/.test(s)) {
    digits = /^[0-9a-fA-F]+$/;
    prefix = '0x';
    s = s.slice(2);
  } else if (/^0[oO]/.test(s)) {
    digits = /^[0-7]+$/;
    prefix = '0o';
    s = s.slice(2);
  } else if (/^0[bB]/.test(s)) {
    digits = /^[01]+$/;
    prefix = '0b';
    s = s.slice(2);
  } else if (s.length > 1 && s.startsWith('0')) {
    digits = /^[0-7]+$/;
    prefix = '0o';
    s = s.slice(1);
  } else {
    digits = /^[0-9]+$/;
  }
  if (!digits.test(s)) return undefined;
  const magnitude = BigInt(prefix + s);
  const value = negative ? -magnitude : magnitude;
  if (signed ? value > INT64_MAX || value < INT64_MIN : value > UINT64_MAX) return undefined;
  return value;
}

function integerValue(value: bigint): number | GoNumber {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : new GoNumber(n, value.toString(), true);
}

/**
 * Go's strconv.FormatFloat(f, 'g', -1, 32): the shortest digits that read back as the same float32, in %e form when
 * the exponent is below -4 or at least 6 (Go decides with precision 6 for the shortest form: 1e+06).
 */
export function formatGoFloat32(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  const f = Math.fround(value);
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  let digits = '';
  let exponent = 0;
  for (let precision = 1; precision <= 9; precision++) {
    const text = Math.abs(f).toExponential(precision - 1);
    if (Math.fround(Number(text)) === Math.abs(f)) {
      const [mantissa, exp] = text.split('e') as [string, string];
      digits = mantissa.replace('.', '');
      exponent = Number(exp);
      break;
    }
  }
  const sign = f < 0 ? '-' : '';
  if (exponent < -4 || exponent >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exponent);
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${e < 10 ? `0${e}` : e}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${sign}${digits}${'0'.repeat(exponent + 1 - digits.length)}`;
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}

function float(value: number): GoNumber {
  return new GoNumber(value, formatGoFloat32(value), false);
}

/** The tag and value of a plain scalar's text, or of any text under a resolvable explicit tag. */
function resolvePlain(text: string, tag: string): Resolved {
  const first = text.charAt(0);
  if (tag !== TAG.str && tag !== TAG.binary && text !== '' && !'+-0123456789yYnNtTfFoO~.'.includes(first)) {
    return { tag: TAG.str, value: text };
  }
  if (tag === TAG.str || tag === TAG.binary) return { tag: TAG.str, value: text };
  if (NULLS.has(text)) return { tag: TAG.null, value: null };
  const bool = BOOLS[text];
  if (bool !== undefined) return { tag: TAG.bool, value: bool };
  const special = SPECIAL_FLOATS[text];
  if (special !== undefined) return { tag: TAG.float, value: float(special) };
  if (first === '.') {
    return GO_FLOAT.test(text)
      ? { tag: TAG.float, value: float(Number(text)) }
      : { tag: TAG.str, value: text };
  }
  if ('+-0123456789'.includes(first)) {
    const plain = text.replaceAll('_', '');
    const signed = parseGoInteger(plain, true);
    if (signed !== undefined) return { tag: TAG.int, value: integerValue(signed) };
    const unsigned = parseGoInteger(plain, false);
    if (unsigned !== undefined) return { tag: TAG.int, value: integerValue(unsigned) };
    if (YAML_FLOAT.test(plain)) return { tag: TAG.float, value: float(Number(plain)) };
  }
  return { tag: TAG.str, value: text };
}

const RESOLVABLE = new Set(['', TAG.str, TAG.bool, TAG.int, TAG.float, TAG.null, TAG.timestamp]);

/** Why a tagged scalar cannot be decoded (go-yaml's "cannot decode !!str `x` as a !!int"), or the resolved value. */
export function resolveScalar(node: YScalar): Resolved | { error: string } {
  // Quoted and block scalars without a tag are strings (decoder.scalar: tag "" and not implicit).
  if (node.tag === '' && !node.implicit) return { tag: TAG.str, value: node.value };
  if (node.tag === TAG.binary) {
    const clean = node.value.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) {
      return { error: '!!binary value contains invalid base64 data' };
    }
    return { tag: TAG.str, value: Buffer.from(clean, 'base64').toString('utf8') };
  }
  if (!RESOLVABLE.has(node.tag)) return { tag: node.tag, value: node.value };
  const resolved = resolvePlain(node.value, node.tag === '' ? '' : node.tag);
  if (node.tag === '' || node.tag === resolved.tag || node.tag === TAG.str) return resolved;
  if (node.tag === TAG.float && resolved.tag === TAG.int) {
    const n = resolved.value;
    return {
      tag: TAG.float,
      value: float(typeof n === 'number' ? n : n instanceof GoNumber ? n.value : Number(n)),
    };
  }
  const short = (tag: string) => tag.replace('tag:yaml.org,2002:', '!!');
  return { error: `cannot decode ${short(resolved.tag)} \`${node.value}\` as a ${short(node.tag)}` };
}

export function isMergeKey(node: YScalar): boolean {
  return node.value === '<<' && (node.implicit || node.tag === TAG.merge);
}

/**
 * A mapping key as sigs.k8s.io/yaml writes it into JSON: strings as they are, integers in decimal, floats at 32-bit
 * precision (.inf/-.inf/.nan for the special values), booleans as true/false. Null keys are refused.
 */
export function keyText(resolved: Resolved): string | undefined {
  const value = resolved.value;
  if (value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (value.integer) return value.text;
  const text = value.text;
  return text === '+Inf' ? '.inf' : text === '-Inf' ? '-.inf' : text === 'NaN' ? '.nan' : text;
}
