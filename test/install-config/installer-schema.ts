import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { oracleFile, withOracle } from '../helpers/oracle.js';

/**
 * The installer's own install-config schema as a test oracle (reference/installer/SOURCE.md), read at test time and
 * never copied into the project. Adjusted as SOURCE.md's "Notes for consumers" asks:
 * - nested `required` lists are dropped (they name fields the installer defaults); only the top-level one stays;
 * - every object with `properties` rejects unknown keys, like the installer's strict unmarshal, unless it already
 *   says otherwise (`additionalProperties`, `x-kubernetes-preserve-unknown-fields`);
 * - the two generation artefacts are relaxed: the machine-pool `architecture` enum (only amd64) and
 *   `networking.serviceNetwork` maxItems 1 (dual-stack needs two).
 */
export const installerSchemaFile = (): string =>
  oracleFile('installer', 'install.openshift.io_installconfigs.yaml');

/** Every architecture the installer accepts on a machine pool (pkg/types/validation/machinepools.go). */
const POOL_ARCHITECTURES = ['', 'amd64', 'arm64', 'ppc64le', 's390x'];

type SchemaNode = Record<string, unknown>;

function adjust(node: unknown, topLevel: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => adjust(item, false));
  if (!node || typeof node !== 'object') return node;
  const out: SchemaNode = {};
  for (const [key, value] of Object.entries(node as SchemaNode)) {
    if (key === 'required' && !topLevel) continue;
    if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(
        Object.entries(value as SchemaNode).map(([name, child]) => [name, adjustProperty(name, child)]),
      );
      continue;
    }
    out[key] = adjust(value, false);
  }
  if (
    out.properties &&
    out.additionalProperties === undefined &&
    out['x-kubernetes-preserve-unknown-fields'] !== true
  ) {
    out.additionalProperties = false;
  }
  return out;
}

function adjustProperty(name: string, child: unknown): unknown {
  const adjusted = adjust(child, false) as SchemaNode;
  if (name === 'architecture' && Array.isArray(adjusted.enum) && adjusted.enum.includes('amd64')) {
    adjusted.enum = [...POOL_ARCHITECTURES];
  }
  return adjusted;
}

let validator: ValidateFunction | undefined;

/** The compiled, adjusted schema (compiled once per test worker). */
export function installerValidator(): ValidateFunction {
  if (validator) return validator;
  const crd = parse(readFileSync(installerSchemaFile(), 'utf8')) as {
    spec: { versions: { schema: { openAPIV3Schema: SchemaNode } }[] };
  };
  const original = crd.spec.versions[0]?.schema.openAPIV3Schema;
  if (!original) throw new Error(`${installerSchemaFile()} has no openAPIV3Schema`);
  const schema = adjust(original, true) as SchemaNode;
  const networking = (schema.properties as SchemaNode).networking as SchemaNode;
  const serviceNetwork = (networking.properties as SchemaNode).serviceNetwork as SchemaNode;
  delete serviceNetwork.maxItems;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
  validator = ajv.compile(schema);
  return validator;
}

/** Errors of `config` against the installer's schema, as `<path> <message>` strings; empty when it conforms. */
export function checkAgainstInstallerSchema(config: unknown): string[] {
  const validate = installerValidator();
  if (validate(config)) return [];
  return (validate.errors ?? []).map((error) => {
    const extra =
      error.keyword === 'additionalProperties'
        ? ` (${(error.params as { additionalProperty?: string }).additionalProperty})`
        : error.keyword === 'enum'
          ? ` (${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)})`
          : '';
    return `${error.instancePath || '/'} ${error.message ?? error.keyword}${extra}`;
  });
}

/**
 * A rendered config conforms to the installer's schema. Inside tests that check other things too: without the test
 * oracle (a fresh clone with no ../shared) this one assertion is left out, as test/helpers/oracle.ts announces.
 */
export function expectInstallerSchemaValid(config: unknown): void {
  withOracle(() => {
    expect(checkAgainstInstallerSchema(config)).toEqual([]);
  });
}
