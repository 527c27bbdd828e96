import type { Lang, Method } from '../types.js';
import type { Problem } from './problems.js';
import type { Choice } from './prompter.js';

/** What the questionnaire knows so far (a partial answers object). */
export type Sofar = Record<string, unknown>;

/** Facts the questionnaire needs from outside the answers stage, injected by the command. */
export interface QuestionContext {
  /** The method the recommendation would pick for these answers, when they are complete enough to say. */
  methodFor(sofar: Sofar): Method | undefined;
  /** Why a file path cannot be used (missing, unreadable, wrong content), or undefined when it is fine. */
  fileProblem(key: string, file: string, sofar: Sofar): string | undefined;
  /** The first SSH public key found in ~/.ssh, offered as the default. */
  defaultSshKeyFile?: string;
  /** Creates a key pair with ssh-keygen at `privatePath` (never overwriting) and returns the public key's path. */
  createSshKey?(privatePath: string, fips: boolean): Promise<string>;
  /**
   * The cross-field problems of the answers so far: the plan's rules whose inputs are all among `answered` (every
   * rule when it is absent), what is not asked yet holding its default. The questionnaire keeps those that concern
   * the answer being typed, so a rule fails at its prompt, and re-asks earlier answers the others name.
   */
  problemsFor?(sofar: Sofar, answered?: ReadonlySet<string>): Problem[];
  /**
   * The answers the plan still needs with these answers (its required keys for the platform and install path), so
   * that an optional question left empty is refused where the plan cannot do without it (VIPs on the Agent path).
   */
  missingFor?(sofar: Sofar): Problem[];
  /** Why the plan folder the answers lead to cannot be written (it exists and holds files), if so. */
  outFolderProblem?(sofar: Sofar): string | undefined;
  /** The language of the questions and messages. */
  lang?: Lang;
  /** Where typed credentials named `name` are written (`<out>/credentials/<name>.yaml`), when the wizard may write them. */
  credentialsPath?(sofar: Sofar, name: string): string;
  /** Credentials typed in this run, by the absolute path they will be written to with the plan. */
  typedCredentials?: Map<string, { username: string; password: string }>;
}

export type QuestionKind = 'select' | 'text' | 'number' | 'confirm' | 'list' | 'file';

export interface Question {
  /** The answers key the question fills, in dotted notation (the answers-file format). */
  id: string;
  section: 'where' | 'size' | 'ownership' | 'constraints' | 'platform' | 'network' | 'secrets';
  kind: QuestionKind;
  message: string;
  /** One line shown before the question: what it means and why it matters. */
  help: string;
  choices?: (sofar: Sofar) => Choice<unknown>[];
  default?: (sofar: Sofar, ctx: QuestionContext) => unknown;
  /** The question applies only when this holds; absent means always. */
  when?: (sofar: Sofar, ctx: QuestionContext) => boolean;
  /** Optional answers may be left empty. */
  optional?: boolean;
  /**
   * An advanced answer with a good default: asked in the flow only when this holds (a default that does not fit),
   * always offered on the review screen.
   */
  advanced?: (sofar: Sofar) => boolean;
  /** Typed text → the stored value, for answers that are not plain text, numbers or lists of text. */
  toValue?: (text: string, sofar: Sofar) => unknown;
  /** The stored value → the text shown as the default. */
  toText?: (value: unknown) => string;
  /** The Korean wording: the question, its help line and the names of its choices by value. */
  ko?: { message: string; help: string; choices?: Record<string, string> };
  /** Another wording of the same answer in some contexts (a UPI load balancer's address instead of a VIP). */
  variant?: (sofar: Sofar, ctx: QuestionContext) => string | undefined;
  variants?: Record<string, { message: string; help: string }>;
  /**
   * A credentials file that may instead be typed: an empty answer asks for the username and password, which the
   * wizard writes to `<out>/credentials/<name>.yaml`. `optional`: no credentials at all is a valid answer.
   */
  credentials?: { name: string; optional?: boolean };
}
