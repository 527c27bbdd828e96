/**
 * Plain scalars that YAML 1.2's core schema (the one answers files are read with, answers/parse.ts) resolves to null,
 * a boolean, an integer or a float rather than a string: the empty scalar, ~, null, true/false in three spellings,
 * decimal, 0o and 0x integers, floats with an optional exponent, .inf and .nan. answers.yaml quotes such strings when it
 * writes them (normalise.ts) and the plain reader leaves them to the yaml package (plain-reader.ts).
 */
export const NOT_A_STRING_IN_YAML_1_2 =
  /^(?:|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
