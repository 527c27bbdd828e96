import type { Inputs, Method, Plan } from '../../types.js';
import type { Notes } from './notes.js';

/** What a platform stanza builder gets: the plan, the chosen method, the file contents, and notes rooted at its key. */
export interface StanzaContext {
  plan: Plan;
  method: Method;
  inputs: Inputs;
  /** Comments rooted at `platform.<stanza>`: `notes.add([], …)` comments the stanza key itself. */
  notes: Notes;
  /** Non-secret values for comment placeholders (clusterName, baseDomain, platform …). */
  values: Record<string, string>;
}

export type StanzaBuilder = (context: StanzaContext) => Record<string, unknown>;
