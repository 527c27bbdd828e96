import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { PageDocument } from './page-dom.js';

// Typed locally for the page.evaluate callback below, which runs inside Chromium (see page-dom.ts).
declare const document: PageDocument;

/** CI installs Debian's chromium here; a missing binary must fail the suite, never skip it. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for a root, headless, offline run: --no-sandbox because the tests run as root; the background-networking,
 * component-update and sync switches stop Chromium from calling Google on its own, so a blocked request can only
 * come from the page.
 */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, timeout: 30_000 });
}

/** A4 is 210 × 297 mm; CSS has 96 px per inch and 25.4 mm per inch. */
export const MM_TO_PX = 96 / 25.4;
export const A4_VIEWPORT = { width: Math.round(210 * MM_TO_PX), height: Math.round(297 * MM_TO_PX) };
/** A4 in PDF points (72 per inch): 595.28 × 841.89. */
export const A4_POINTS = { width: (210 / 25.4) * 72, height: (297 / 25.4) * 72 };

export interface OpenedPage {
  page: Page;
  url: string;
  /** Every URL the page asked for, in order: the route handler and the request event both feed it. */
  requested: string[];
  /** Requests the route handler refused (anything but the page's own file). */
  blocked: string[];
  close(): Promise<void>;
}

/**
 * Writes the HTML to a fresh temp folder and opens it over file:// with every other request refused, so a page that
 * is not self-contained shows up in `blocked` instead of silently loading from the network or the disk.
 */
export async function openOffline(browser: Browser, html: string, name: string): Promise<OpenedPage> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ocp-planner-html-'));
  const file = path.join(dir, name);
  await writeFile(file, html, 'utf8');
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: A4_VIEWPORT, javaScriptEnabled: true });
  const page = await context.newPage();
  const requested: string[] = [];
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const target = route.request().url();
    if (target === url) return route.continue();
    blocked.push(target);
    return route.abort('blockedbyclient');
  });
  page.on('request', (request) => {
    requested.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  // Fonts settle after load; layout measurements before that would use fallback metrics.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return {
    page,
    url,
    requested,
    blocked,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface PdfFacts {
  header: string;
  pageCount: number;
  /** [x0, y0, x1, y1] of the first page object's MediaBox, in points. */
  firstMediaBox: number[] | null;
}

/**
 * Just enough PDF reading for a smoke test: Chromium (Skia) writes page dictionaries as plain text, so page objects
 * are the `/Type /Page` dictionaries that are not the `/Pages` tree node.
 */
export function pdfFacts(pdf: Buffer): PdfFacts {
  const text = pdf.toString('latin1');
  const pages = [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)];
  let firstMediaBox: number[] | null = null;
  const first = pages[0];
  if (first?.index !== undefined) {
    // The MediaBox sits in the same dictionary; search from the dictionary's start to its end.
    const start = text.lastIndexOf('<<', first.index);
    const end = text.indexOf('endobj', first.index);
    const dict = text.slice(start, end === -1 ? undefined : end);
    const box = /\/MediaBox\s*\[([^\]]*)\]/.exec(dict);
    if (box?.[1]) firstMediaBox = box[1].trim().split(/\s+/).map(Number);
  }
  return { header: text.slice(0, 5), pageCount: pages.length, firstMediaBox };
}
