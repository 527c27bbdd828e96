import type { Page } from 'playwright-core';
import type { PageDocument, PageElement, PageGraphics, PageSvg } from './page-dom.js';

// Browser globals, typed locally for the callbacks below that run inside Chromium (see page-dom.ts).
declare const document: PageDocument;
declare function getComputedStyle(el: PageElement): { overflowX: string };

/** CSSRule.PAGE_RULE, the type of an @page block. Passed into the page: evaluate callbacks cannot close over. */
const PAGE_RULE = 6;
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgFacts {
  visible: boolean;
  width: number;
  height: number;
  texts: string[];
  /** Texts whose drawn box leaves the SVG's viewBox (a cut-off label when printed). */
  outsideViewBox: string[];
  /** Box labels whose drawn box runs past the right edge of their own rectangle. */
  outsideRect: string[];
}

/** Reads the topology diagram as the browser laid it out: size on screen, its labels, and labels that spill over. */
export async function svgFacts(page: Page): Promise<SvgFacts> {
  const svg = page.locator('section.topology svg');
  const visible = await svg.isVisible();
  const box = await svg.boundingBox();
  const inner = await svg.evaluate((el) => {
    const root = el as unknown as PageSvg;
    const view = root.viewBox.baseVal;
    const texts = [...root.querySelectorAll('text')] as PageGraphics[];
    const outsideViewBox: string[] = [];
    const outsideRect: string[] = [];
    for (const text of texts) {
      const b = text.getBBox();
      const label = text.textContent ?? '';
      const right = b.x + b.width;
      if (
        b.x < view.x - 0.5 ||
        right > view.x + view.width + 0.5 ||
        b.y + b.height > view.y + view.height + 0.5
      )
        outsideViewBox.push(label);
      // Box labels share a <g> with their rectangle; column headers sit directly in the <svg>.
      const parent = text.parentElement;
      const rect = parent?.tagName === 'g' ? (parent.querySelector('rect') as PageGraphics | null) : null;
      if (rect) {
        const r = rect.getBBox();
        if (right > r.x + r.width + 0.5) outsideRect.push(label);
      }
    }
    return { texts: texts.map((t) => t.textContent ?? ''), outsideViewBox, outsideRect };
  });
  return { visible, width: box?.width ?? 0, height: box?.height ?? 0, ...inner };
}

/** The @page side margins the stylesheet asks for, in CSS px, read from the page's own @page rule. */
export async function pageMarginsPx(page: Page): Promise<{ left: number; right: number } | null> {
  return page.evaluate((pageRule) => {
    // Let the browser convert mm (or any unit) to px: lay out a probe of that width and measure it.
    const toPx = (value: string): number => {
      const probe = document.createElement('div');
      probe.style.position = 'absolute';
      probe.style.width = value;
      document.body.append(probe);
      const px = probe.getBoundingClientRect().width;
      probe.remove();
      return px;
    };
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule.type !== pageRule) continue;
        const left = rule.style.marginLeft || rule.style.margin;
        const right = rule.style.marginRight || rule.style.margin;
        if (left && right) return { left: toPx(left), right: toPx(right) };
      }
    }
    return null;
  }, PAGE_RULE);
}

export interface WidthFacts {
  viewport: number;
  scrollWidth: number;
  /** Elements whose right edge passes the viewport, as `tag#id.class: right px`. */
  tooWide: string[];
  /** Scroll containers (pre, overflow:auto) whose content is wider than the box: clipped on paper. */
  clipped: string[];
}

/** Measures the laid-out document against the current viewport width. */
export async function widthFacts(page: Page): Promise<WidthFacts> {
  return page.evaluate((svgNs) => {
    const viewport = document.documentElement.clientWidth;
    const name = (el: PageElement) => {
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : '';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`;
    };
    const tooWide: string[] = [];
    const clipped: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      // Shapes inside the diagram are checked by svgFacts against the viewBox; the <svg> itself is checked here.
      if (el.namespaceURI === svgNs && el.tagName !== 'svg') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.right > viewport + 0.5) tooWide.push(`${name(el)}: ${rect.right.toFixed(1)}`);
      if (getComputedStyle(el).overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
        clipped.push(`${name(el)}: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return { viewport, scrollWidth: document.documentElement.scrollWidth, tooWide, clipped };
  }, SVG_NS);
}
