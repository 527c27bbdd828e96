import { parse } from 'yaml';
import { renderInstallConfig } from '../../src/render/install-config/index.js';
import type { Inputs, Method, Plan } from '../../src/types.js';
import { makeInputs } from './factory.js';

// biome-ignore lint/suspicious/noExplicitAny: a parsed install-config is navigated freely in assertions.
export type Config = any;

/** Renders and parses back with YAML 1.1, the way the installer's Go YAML reads the file. */
export function render(
  plan: Plan,
  method: Method,
  inputs: Inputs = makeInputs(),
): { text: string; config: Config } {
  const text = renderInstallConfig(plan, method, inputs);
  return { text, config: parse(text, { version: '1.1' }) };
}

/** The comment lines of a rendered file, without their `#`. */
export function commentsOf(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.trimStart().startsWith('#'))
    .map((line) => line.trimStart().slice(1).trim());
}
