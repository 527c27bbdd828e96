import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseAnswersText } from '../../src/answers/parse.js';
import { listScenarioNames } from '../../src/commands/answers-source.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { renderPlan } from '../../src/pipeline.js';
import type { Lang } from '../../src/types.js';
import { planOf, ROOT, SCENARIOS } from '../helpers/answers.js';
import { A4_VIEWPORT, CHROMIUM, launchChromium, openOffline, pdfFacts } from './browser.js';
import { pageMarginsPx, svgFacts, widthFacts } from './measure.js';

/** checklist.html of a bundled scenario, through the same pipeline `ocp-planner plan` uses. */
function checklistHtml(name: string, lang: Lang): string {
  const plan = planOf(parseAnswersText(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'), name));
  const { inputs, problems } = readInputs(plan);
  expect(problems).toEqual([]);
  const output = renderPlan(plan, inputs, lang, path.join(ROOT, '.plans', name));
  const html = output.artifacts.find((a) => a.path === 'checklist.html')?.content;
  if (html === undefined) throw new Error(`no checklist.html for ${name}`);
  return html;
}

interface Case {
  scenario: string;
  lang: Lang;
  /** clusterName.baseDomain from the scenario file. */
  domain: string;
  /** Labels the diagram must draw: DNS names, entry points and node names worked out from the scenario. */
  diagram: string[];
  /** Labels it must not draw. */
  absent: string[];
}

const CASES: Case[] = [
  {
    // UPI bare metal, 3 control-plane + 2 worker hosts: the customer serves api, api-int and *.apps and
    // balances 6443/22623 over bootstrap + masters; the bootstrap box is drawn because UPI puts it behind the LB.
    scenario: 'baremetal-upi-ha',
    lang: 'en',
    domain: 'bm.dc.example.com',
    diagram: [
      'api.bm.dc.example.com',
      'api-int.bm.dc.example.com',
      '*.apps.bm.dc.example.com',
      'API load balancer',
      'bootstrap',
      'master-0',
      'master-1',
      'master-2',
      'worker-0',
      'worker-1',
    ],
    absent: ['worker-2'],
  },
  {
    // vSphere IPI with VIPs: the customer DNS holds api and *.apps pointing at the two VIPs; api-int is answered by
    // the cluster's own on-prem DNS, so it is not drawn. HA = 3 masters, computeReplicas 3 workers.
    scenario: 'vsphere-ipi-ha',
    lang: 'ko',
    domain: 'vsprod.lab.example.com',
    diagram: [
      'api.vsprod.lab.example.com',
      '*.apps.vsprod.lab.example.com',
      '192.168.10.5 :6443 :22623',
      '192.168.10.6 :443 :80',
      'master-0',
      'master-2',
      'worker-0',
      'worker-2',
    ],
    absent: ['api-int.vsprod.lab.example.com', 'bootstrap'],
  },
  {
    // Single node without VIPs: all three records point straight at the node, no load balancer column.
    scenario: 'baremetal-upi-sno',
    lang: 'en',
    domain: 'sno1.edge.example.com',
    diagram: [
      'api.sno1.edge.example.com',
      'api-int.sno1.edge.example.com',
      '*.apps.sno1.edge.example.com',
      'sno1-node',
    ],
    absent: ['Entry points', 'API load balancer', 'bootstrap'],
  },
];

const HANGUL = /[\uAC00-\uD7A3]/;

let launched: Browser | undefined;
let launchError: unknown;

beforeAll(async () => {
  // A failing beforeAll would only mark the tests "skipped"; keep the error and let every test fail with it.
  try {
    launched = await launchChromium();
  } catch (error) {
    launchError = error;
  }
});

afterAll(async () => {
  await launched?.close();
});

function browser(): Browser {
  if (!launched) throw launchError ?? new Error('Chromium did not start');
  return launched;
}

test('Chromium is installed where CI puts it (a missing browser fails, it does not skip)', () => {
  expect(existsSync(CHROMIUM)).toBe(true);
});

describe.each(CASES)('checklist.html of $scenario ($lang) in Chromium', (c) => {
  test('loads offline, titles the cluster and draws the topology', async () => {
    const opened = await openOffline(browser(), checklistHtml(c.scenario, c.lang), 'checklist.html');
    try {
      const { page } = opened;
      // Self-contained (the plan-folder format): the page itself is the only request; no font, image, style or script fetch.
      expect(opened.requested).toEqual([opened.url]);
      expect(opened.blocked).toEqual([]);
      expect(await page.title()).toContain(c.domain);
      expect(await page.locator('html').getAttribute('lang')).toBe(c.lang);

      const svg = await svgFacts(page);
      expect(svg.visible).toBe(true);
      expect(svg.width).toBeGreaterThan(0);
      expect(svg.height).toBeGreaterThan(0);
      for (const label of c.diagram) expect(svg.texts).toContain(label);
      for (const label of c.absent) expect(svg.texts).not.toContain(label);
      // Every label stays inside the drawing and inside its own box, so nothing is cut off on screen or paper.
      expect(svg.outsideViewBox).toEqual([]);
      expect(svg.outsideRect).toEqual([]);

      // The rendered text (not textContent): what a reader sees, after CSS.
      // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point of a browser test.
      const text = await page.locator('body').innerText();
      expect(text).toContain(c.domain);
      if (c.lang === 'ko') {
        expect(text).toMatch(HANGUL);
        expect(text).toContain('OpenShift 설치 체크리스트');
      }
    } finally {
      await opened.close();
    }
  });

  test('fits the A4 printable width and prints to an A4 PDF', async () => {
    const opened = await openOffline(browser(), checklistHtml(c.scenario, c.lang), 'checklist.html');
    try {
      const { page } = opened;
      await page.emulateMedia({ media: 'print' });

      // A4 paper width (210 mm = 793.7 px at 96 px/in): nothing may reach past the sheet.
      await page.setViewportSize(A4_VIEWPORT);
      const sheet = await widthFacts(page);
      expect(sheet.scrollWidth).toBeLessThanOrEqual(A4_VIEWPORT.width);
      expect(sheet.tooWide).toEqual([]);

      // The printable box is the sheet minus the @page side margins the stylesheet declares; lay out at exactly that
      // width, as the print engine does, and require that no element and no scroll box (clipped on paper) is wider.
      const margins = await pageMarginsPx(page);
      expect(margins).not.toBeNull();
      const printable = Math.floor(A4_VIEWPORT.width - (margins?.left ?? 0) - (margins?.right ?? 0));
      expect(printable).toBeGreaterThan(600);
      expect(printable).toBeLessThan(A4_VIEWPORT.width);
      await page.setViewportSize({ width: printable, height: A4_VIEWPORT.height });
      const box = await widthFacts(page);
      expect(box.viewport).toBe(printable);
      expect(box.scrollWidth).toBeLessThanOrEqual(printable);
      expect(box.tooWide).toEqual([]);
      expect(box.clipped).toEqual([]);
      const printedSvg = await svgFacts(page);
      expect(printedSvg.visible).toBe(true);
      expect(printedSvg.width).toBeGreaterThan(0);
      expect(printedSvg.width).toBeLessThanOrEqual(printable);

      const pdf = pdfFacts(await page.pdf({ format: 'A4', printBackground: true }));
      expect(pdf.header).toBe('%PDF-');
      expect(pdf.pageCount).toBeGreaterThan(0);
      // A4 in PDF points is 595.28 × 841.89; Chromium rounds the sheet to whole device pixels.
      const [x0, y0, x1, y1] = pdf.firstMediaBox ?? [];
      expect(x0).toBe(0);
      expect(y0).toBe(0);
      expect(Math.abs((x1 ?? 0) - 595)).toBeLessThanOrEqual(1);
      expect(Math.abs((y1 ?? 0) - 842)).toBeLessThanOrEqual(1);
    } finally {
      await opened.close();
    }
  });
});

describe('every bundled scenario, both languages', () => {
  const runs = listScenarioNames(ROOT).flatMap((scenario) =>
    (['en', 'ko'] as const).map((lang) => ({ scenario, lang })),
  );
  test.each(runs)(
    '$scenario ($lang): diagram labels stay inside their boxes, page fits the printable width',
    async ({ scenario, lang }) => {
      const opened = await openOffline(browser(), checklistHtml(scenario, lang), 'checklist.html');
      try {
        const svg = await svgFacts(opened.page);
        expect(svg.texts.length).toBeGreaterThan(0);
        expect(svg.outsideViewBox).toEqual([]);
        expect(svg.outsideRect).toEqual([]);
        await opened.page.emulateMedia({ media: 'print' });
        const margins = await pageMarginsPx(opened.page);
        const printable = Math.floor(A4_VIEWPORT.width - (margins?.left ?? 0) - (margins?.right ?? 0));
        await opened.page.setViewportSize({ width: printable, height: A4_VIEWPORT.height });
        const box = await widthFacts(opened.page);
        expect(box.tooWide).toEqual([]);
        expect(box.clipped).toEqual([]);
        expect(opened.blocked).toEqual([]);
      } finally {
        await opened.close();
      }
    },
  );
});

describe('the harness itself', () => {
  test('reports and refuses a page that reaches for the network or a neighbouring file', async () => {
    // A control: if routing silently let requests through, the self-contained checks above would prove nothing.
    const html =
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="other.css"></head>' +
      '<body><img src="https://fonts.example.invalid/x.png" alt=""></body></html>';
    const opened = await openOffline(browser(), html, 'leaky.html');
    try {
      const others = opened.requested.filter((u) => u !== opened.url);
      expect(others).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/\/other\.css$/),
          'https://fonts.example.invalid/x.png',
        ]),
      );
      expect(opened.blocked).toEqual(expect.arrayContaining(others));
    } finally {
      await opened.close();
    }
  });

  test('pdfFacts finds the pages and the MediaBox of a tiny hand-written PDF', () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
        '2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj\n' +
        '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n' +
        '4 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n%%EOF\n',
      'latin1',
    );
    expect(pdfFacts(pdf)).toEqual({ header: '%PDF-', pageCount: 2, firstMediaBox: [0, 0, 612, 792] });
  });
});
