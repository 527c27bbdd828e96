import type { Lang } from '../types.js';
import { remembered } from '../util/remember.js';
import {
  type BookChoice,
  bookEdition,
  bookOfPath,
  bookUrl,
  type DocBook,
  platformBook,
} from './doc-books.js';
import { rulesVersion } from './releases.js';

/**
 * Where a fact of a plan comes from, as a reader can open it: a page of the plan's release's documentation on
 * docs.redhat.com, or a section of the study notes. Tables name a source by key (`src:<key>`, see `sourceKey`); a
 * plan resolves the key for its release, platform and language, so a 4.16 bare-metal plan cites the 4.16 bare-metal
 * book and a GCP plan never cites the AWS one.
 */

/** Sections of the study notes that plans cite; Korean plans cite the notes' own headings. */
export const NOTES_SECTIONS = {
  ipi: { en: 'Full Stack Automation (IPI)', ko: 'Full Stack Automation (IPI)' },
  upi: { en: 'User-Provisioned Infrastructure (UPI)', ko: '사용자 지정 인프라 (UPI)' },
} as const satisfies Record<string, Record<Lang, string>>;
export type NotesSection = keyof typeof NOTES_SECTIONS;

const NOTES_PREFIX: Record<Lang, string> = { en: 'notes: ', ko: '노트: ' };

/** Every notes citation a plan may carry, in both languages (for checks of rendered plans). */
export const NOTES_CITATIONS: readonly string[] = Object.values(NOTES_SECTIONS).flatMap((s) => [
  `${NOTES_PREFIX.en}${s.en}`,
  `${NOTES_PREFIX.ko}${s.ko}`,
]);

/** A documentation page: a book (or the plan's platform book) and the heading inside it, per infrastructure model. */
interface DocsRef {
  book: DocBook | 'platform';
  /** Heading for both models; `upi`/`ipi` override it for one (UPI-only headings are left out of IPI plans). */
  section?: string;
  upi?: string;
  ipi?: string;
}

type SourceRef = DocsRef | { notes: NotesSection } | { assisted: string };

const platformPage = (section?: string, upi?: string): DocsRef => ({ book: 'platform', section, upi });

export const SOURCE_REFS = {
  // The plan's own installation book; the headings are the documentation's.
  machines: platformPage(undefined, 'Required machines for cluster installation'),
  sizing: platformPage(undefined, 'Minimum resource requirements for cluster installation'),
  network: platformPage(undefined, 'Networking requirements for user-provisioned infrastructure'),
  ports: platformPage(undefined, 'Network connectivity requirements'),
  dns: platformPage(undefined, 'User-provisioned DNS requirements'),
  lb: platformPage(undefined, 'Load balancing requirements for user-provisioned infrastructure'),
  ntp: platformPage(undefined, 'NTP configuration for user-provisioned infrastructure'),
  inputs: platformPage('Obtaining the installation program'),
  flow: platformPage(),
  manifests: platformPage(undefined, 'Creating the Kubernetes manifest and Ignition config files'),
  ignitionExpiry: platformPage(undefined, 'Creating the Kubernetes manifest and Ignition config files'),
  consumed: platformPage(undefined, 'Manually creating the installation configuration file'),
  proxyRule: platformPage('Configuring the cluster-wide proxy during installation'),
  privateCluster: platformPage('Installing a private cluster'),
  upiSteps: platformPage(),
  ipiFlow: platformPage(),
  ipiCommon: platformPage(),
  // Platform-specific keys of older tables: they resolve to the plan's own platform book, never another platform's.
  metal: platformPage(),
  vsphereUpi: platformPage(),
  awsUpi: platformPage(),
  aws: platformPage(),
  azure: platformPage(),
  gcp: platformPage(),
  vsphereIpi: platformPage(),
  baremetalIpi: platformPage(),
  otherIpi: platformPage(),
  // Books every plan shares.
  egress: { book: 'installConfiguration', section: 'Configuring your firewall' },
  security: {
    book: 'overview',
    section: 'Selecting a cluster installation method and preparing it for users',
  },
  methods: {
    book: 'overview',
    section: 'Selecting a cluster installation method and preparing it for users',
  },
  supportMatrix: { book: 'overview', section: 'Supported installation methods for different platforms' },
  fipsRule: { book: 'overview', section: 'Support for FIPS cryptography' },
  installTimeOnly: { book: 'overview', section: 'About the installation process' },
  mirror: { book: 'disconnected' },
  sno: { book: 'singleNode' },
  snoClouds: { book: 'singleNode', section: 'Supported cloud providers for single-node OpenShift' },
  machineApi: { book: 'machineManagement', section: 'Overview of machine management' },
  postStorage: { book: 'postInstall', section: 'Storage configuration' },
  agentBook: { book: 'agent' },
  // The Assisted Installer runs this check on its own hosts; it is advice for every install, not an installer rule.
  wildcard: { assisted: 'Installing OpenShift Container Platform with the Assisted Installer' },
  notesIpi: { notes: 'ipi' },
  notesUpi: { notes: 'upi' },
} as const satisfies Record<string, SourceRef>;
export type SourceKey = keyof typeof SOURCE_REFS;

const TOKEN = 'src:';

/** How a table names a source; `resolveSources` turns it into a title and address for one plan. */
export function sourceKey(...keys: SourceKey[]): string {
  return keys.map((k) => `${TOKEN}${k}`).join('; ');
}

const ASSISTED_URL =
  'https://docs.redhat.com/en/documentation/assisted_installer_for_openshift_container_platform/2025/html/installing_openshift_container_platform_with_the_assisted_installer/';

export interface SourceContext extends BookChoice {
  version: string;
  lang: Lang;
}

function resolveRef(ref: SourceRef, ctx: SourceContext): string {
  if ('notes' in ref) return `${NOTES_PREFIX[ctx.lang]}${NOTES_SECTIONS[ref.notes][ctx.lang]}`;
  if ('assisted' in ref) return `${ref.assisted}, ${ASSISTED_URL}`;
  const book = ref.book === 'platform' ? platformBook(ctx) : ref.book;
  const section = (ctx.method === 'UPI' ? ref.upi : ref.ipi) ?? ref.section;
  const title = bookEdition(book, ctx.version).title;
  return `${section ? `${title}: ${section}` : title}, ${bookUrl(book, ctx.version)}`;
}

const DOCS_URL =
  /^(.*), https:\/\/docs\.redhat\.com\/en\/documentation\/openshift_container_platform\/(\d+\.\d+)\/(html(?:-single)?)\/([^/#]+)(.*)$/;

/**
 * A documentation address written for one release, moved to the plan's release when its title names no release (a
 * release-notes page stays on its release); a renamed book gets the release's name.
 */
function retarget(segment: string, ctx: SourceContext): string {
  const m = DOCS_URL.exec(segment);
  if (!m) return segment;
  const [, title = '', version = '', html = '', path = '', rest = ''] = m;
  if (/\b\d+\.\d+\b/.test(title)) return segment;
  const target = rulesVersion(ctx.version);
  const book = bookOfPath(path);
  const newPath = book ? bookEdition(book, target).path : path;
  if (version === target && newPath === path) return segment;
  return `${title}, https://docs.redhat.com/en/documentation/openshift_container_platform/${target}/${html}/${newPath}${rest}`;
}

const LIFECYCLE_POLICY = 'https://access.redhat.com/support/policy/updates/openshift';

/** Whether a citation is one a reader can open: docs.redhat.com, the life-cycle policy page or a notes section. */
export function isOpenable(segment: string): boolean {
  return (
    segment.includes('https://docs.redhat.com/') ||
    segment.includes(LIFECYCLE_POLICY) ||
    NOTES_CITATIONS.includes(segment)
  );
}

/**
 * The sources of one line of a plan, for that plan: keys resolved, documentation addresses moved to its release, and
 * everything a reader cannot open (source-code paths, working notes) left out. A line left with nothing cites the
 * plan's installation book.
 */
export function resolveSources(raw: string, ctx: SourceContext): string {
  return resolvedLines(ctx)(raw);
}

/**
 * Lines already resolved, by context and line: the tables are fixed, so a line resolves the same way every time in
 * the same context, and `check` resolves the same few hundred lines for every plan folder of a fleet. A context finds
 * its table by the values of every field.
 */
const BY_CONTEXT = new Map<string, (raw: string) => string>();
const MAX_CONTEXTS = 1024;
const CONTEXT_FIELDS = [
  'version',
  'lang',
  'platform',
  'architecture',
  'method',
  'agent',
  'singleNode',
] as const satisfies readonly (keyof SourceContext)[];
/** A field added to SourceContext must join the context's key: this fails to compile until it does. */
const EVERY_CONTEXT_FIELD: Exclude<keyof SourceContext, (typeof CONTEXT_FIELDS)[number]> extends never
  ? true
  : never = true;
void EVERY_CONTEXT_FIELD;

/** The remembered resolver of lines for one context (every context with the same field values shares it). */
function resolvedLines(ctx: SourceContext): (raw: string) => string {
  const key = CONTEXT_FIELDS.map((field) => String(ctx[field])).join('\n');
  let lines = BY_CONTEXT.get(key);
  if (!lines) {
    if (BY_CONTEXT.size >= MAX_CONTEXTS) BY_CONTEXT.clear();
    // The first context with these values stands for all of them: the resolver reads nothing but those fields.
    const context = { ...ctx };
    lines = remembered((raw) => resolveSourcesOnce(raw, context));
    BY_CONTEXT.set(key, lines);
  }
  return lines;
}

function resolveSourcesOnce(raw: string, ctx: SourceContext): string {
  const out: string[] = [];
  for (const part of raw.split(';')) {
    const segment = part.trim();
    let resolved: string | undefined;
    const key = /^src:(\w+)/.exec(segment)?.[1];
    if (key !== undefined) {
      const ref = (SOURCE_REFS as Record<string, SourceRef>)[key];
      if (ref) resolved = resolveRef(ref, ctx);
    } else if (isOpenable(segment)) {
      resolved = retarget(segment, ctx);
    }
    if (resolved && !out.includes(resolved)) out.push(resolved);
  }
  if (out.length === 0) out.push(resolveRef(platformPage(), ctx));
  return out.join('; ');
}

/** The life-cycle policy page, which dates every release's support phases. */
export const LIFECYCLE_SOURCE = `Red Hat OpenShift Container Platform Life Cycle Policy, ${LIFECYCLE_POLICY}`;
