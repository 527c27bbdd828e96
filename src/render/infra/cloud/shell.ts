/**
 * Quoting for values that reach a generated shell script. Every value from the answers is put in single quotes, so
 * no character of it is interpreted by the shell. (A shared quoting helper for the whole product is planned under
 * src/util/; this one serves the cloud scripts until then.)
 */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** A shell variable assignment, `name='value'`. */
export function shellAssign(name: string, value: string): string {
  return `${name}=${shellQuote(value)}`;
}
