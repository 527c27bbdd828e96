/**
 * The few browser-side shapes the page.evaluate callbacks use. The project compiles with lib ES2023 only (no DOM, so
 * nothing in src can touch browser globals by accident); these local types cover what runs inside Chromium.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  right: number;
}

export interface PageElement {
  tagName: string;
  id: string;
  /** A string on HTML elements, an SVGAnimatedString on SVG ones. */
  className: unknown;
  namespaceURI: string | null;
  textContent: string | null;
  parentElement: PageElement | null;
  scrollWidth: number;
  clientWidth: number;
  style: Record<string, string>;
  getBoundingClientRect(): Box;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  append(child: PageElement): void;
  remove(): void;
}

/** SVG graphics elements (<svg>, <text>, <rect>): their box in user units. */
export interface PageGraphics extends PageElement {
  getBBox(): Box;
}

export interface PageSvg extends PageElement {
  viewBox: { baseVal: { x: number; y: number; width: number; height: number } };
}

export interface PageCssRule {
  /** CSSRule.PAGE_RULE is 6. */
  type: number;
  style: { margin: string; marginLeft: string; marginRight: string };
}

export interface PageDocument {
  documentElement: PageElement;
  body: PageElement;
  fonts: { ready: Promise<unknown> };
  styleSheets: Iterable<{ cssRules: Iterable<PageCssRule> }>;
  createElement(tag: string): PageElement;
}
