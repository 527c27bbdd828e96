import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import templateOptions from '../../../templates/template-options.json' with { type: 'json' };
import { TEMPLATES_DIR } from '../../paths.js';
import { codeFence, escapeMarkdown, escapeMarkdownCell } from '../../util/markdown.js';
import { PRECOMPILED } from './precompiled.js';

type Hb = ReturnType<typeof Handlebars.create>;
type CompileOptions = Parameters<typeof Handlebars.compile>[1];

/** Markdown table cell: prose escaping, and a pipe would end the cell (util/markdown.ts). */
function mdCell(value: unknown): string {
  return escapeMarkdownCell(String(value));
}

/**
 * Markdown prose: every value is plain text — `*` in `*.apps…` is no emphasis, and an answer can never become a link,
 * raw HTML, a new block or the end of a code block (F10; util/markdown.ts).
 */
function mdText(value: unknown): string {
  return escapeMarkdown(String(value));
}

/** The fence of a code block of commands: longer than any backtick run inside, so no command can close it early. */
function fence(list: unknown): string {
  return codeFence(Array.isArray(list) ? list.flatMap((c) => String(c).split('\n')) : []);
}

function register(hb: Hb): Hb {
  hb.registerHelper('mdCell', mdCell);
  hb.registerHelper('md', mdText);
  hb.registerHelper('fence', fence);
  hb.registerHelper('join', (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.join(String(sep)) : '',
  );
  // A team's items in one table cell: titles as prose, separated so that no title runs into the next.
  hb.registerHelper('cellList', (list: unknown) =>
    Array.isArray(list) ? list.map((title) => escapeMarkdownCell(String(title))).join(' · ') : '',
  );
  // Lines of a code block inside a list item: every line indented, or a multi-line command would end the item.
  hb.registerHelper('indentLines', (list: unknown, pad: unknown) =>
    Array.isArray(list)
      ? list
          .flatMap((c) => String(c).split('\n'))
          .map((line) => `${String(pad)}${line}`)
          .join('\n')
      : '',
  );
  hb.registerHelper('count', (list: unknown) => (Array.isArray(list) ? list.length : 0));
  return hb;
}

/**
 * Private instances (never the global Handlebars), helpers registered once at load.
 * Markdown: noEscape (it is not HTML). HTML: default escaping, so every plan value is escaped.
 */
const markdownHb = register(Handlebars.create());
const htmlHb = register(Handlebars.create());

/** Compile options per template, shared with the build that precompiles them (scripts/build.mjs). */
const TEMPLATE_OPTIONS: Record<string, CompileOptions> = templateOptions;

const cache = new Map<string, Handlebars.TemplateDelegate>();

/** Compiles a template of `templates/` once and reuses it. */
export function template(name: 'checklist.md.hbs' | 'checklist.html.hbs'): Handlebars.TemplateDelegate {
  const hit = cache.get(name);
  if (hit) return hit;
  const hb = name.endsWith('.md.hbs') ? markdownHb : htmlHb;
  const spec = PRECOMPILED[name];
  if (spec) {
    const ready = hb.template(spec as Parameters<Hb['template']>[0]);
    cache.set(name, ready);
    return ready;
  }
  const source = readFileSync(path.join(TEMPLATES_DIR, name), 'utf8');
  const compiled = hb.compile(source, TEMPLATE_OPTIONS[name]);
  cache.set(name, compiled);
  return compiled;
}
