import type { StackKind } from '../../../knowledge/cloud-upi-model.js';
import { shellQuote } from '../../../util/shell-quote.js';
import type { PlannedStack } from './stacks.js';

/**
 * The shell commands of one cloud stack in the checklist, in order: what must exist before the stack (uploads,
 * resource groups), filling its parameter file, creating it and waiting for it, reading its result, and what the
 * template leaves to do by hand afterwards (DNS records, load balancer membership).
 */
export interface StackCommands {
  before: string[];
  create: string[];
  after: string[];
}

/** The commands of a whole cloud flow, by checklist step. */
export interface CloudCommands {
  prerequisites: string[];
  templates: string[];
  stack(stack: PlannedStack): StackCommands;
  bootstrapDelete: string[];
  appsDns: string[];
  /** Shows the API load balancers' targets and their health. */
  apiHealth: string[];
}

/** A value in a command line: one shell word, bare when it is plain, single-quoted otherwise. */
export function arg(value: string): string {
  return shellQuote(value);
}

/** Checklist owners by what a stack builds (the plan-folder format checklist owners map to the ownership answers). */
export const STACK_OWNER: Record<StackKind, 'network' | 'loadBalancer' | 'dns' | 'security' | 'machines'> = {
  network: 'network',
  image: 'machines',
  infra: 'loadBalancer',
  dns: 'dns',
  'load-balancers': 'loadBalancer',
  security: 'security',
  iam: 'security',
  bootstrap: 'machines',
  'control-plane': 'machines',
  compute: 'machines',
};
