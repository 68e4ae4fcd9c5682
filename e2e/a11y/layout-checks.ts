import { expect, type Locator, type Page } from '@playwright/test';

/** What a narrow or zoomed page gets wrong, measured in the browser. Empty lists mean the page fits. */
export interface LayoutReport {
  /** How many CSS pixels the document is wider than the viewport (0 when nothing scrolls sideways). */
  pageOverflow: number;
  /** The outermost elements that reach past the viewport's right edge outside any scroller: what makes the page scroll. */
  tooWide: string[];
  /** Headings and buttons that stick out of the viewport, or whose text is cut off by their own box or a clipping parent. */
  cutOff: string[];
  /** Boxes that scroll sideways but cannot be reached by keyboard (not focusable and nothing focusable inside). */
  unreachableScrollers: string[];
}

/**
 * Measures the page as it stands. Wide tables and grids may scroll inside their own box: what is inside such a box is
 * judged by that box (it must be reachable by keyboard), not by the viewport.
 */
export function measureLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const describe = (element: Element) => {
      const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${text}"`;
    };
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // Visually hidden helpers (1 px, clipped) are for screen readers and are not judged here.
      return box.width > 2 && box.height > 2 && style.visibility !== 'hidden' && element.closest('[aria-hidden="true"], [hidden]') === null;
    };
    const scrollsSideways = (element: Element) => {
      const overflowX = getComputedStyle(element).overflowX;
      return (overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1;
    };
    const clips = (element: Element) => ['hidden', 'clip'].includes(getComputedStyle(element).overflowX);
    const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

    const scrollers = [...document.querySelectorAll('body *')].filter((element) => shown(element) && scrollsSideways(element));
    const unreachableScrollers = scrollers
      .filter((element) => !element.matches(focusable) && element.querySelector(focusable) === null)
      .map(describe);

    const inScroller = (element: Element) => scrollers.some((scroller) => scroller !== element && scroller.contains(element));
    const cutOff: string[] = [];
    const targets = document.querySelectorAll('h1, h2, h3, button, [role="button"], [role="tab"], a.MuiButton-root');
    for (const element of targets) {
      if (!shown(element) || inScroller(element)) continue;
      const box = element.getBoundingClientRect();
      if (box.left < -1 || box.right > viewport + 1) {
        cutOff.push(`${describe(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${viewport}`);
        continue;
      }
      if (clips(element) && element.scrollWidth > element.clientWidth + 1) {
        cutOff.push(`${describe(element)} shows ${element.clientWidth} of ${element.scrollWidth} px of its text`);
        continue;
      }
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (!clips(parent)) continue;
        const frame = parent.getBoundingClientRect();
        if (box.left < frame.left - 1 || box.right > frame.right + 1) {
          cutOff.push(`${describe(element)} is cut off by ${describe(parent).slice(0, 40)}`);
          break;
        }
      }
    }
    const pastEdge = (element: Element | null): element is Element => element !== null && shown(element) && element.getBoundingClientRect().right > viewport + 1;
    const tooWide = [...document.querySelectorAll('body *')]
      .filter((element) => pastEdge(element) && !inScroller(element) && !pastEdge(element.parentElement))
      .map((element) => `${describe(element).slice(0, 50)} ends at ${Math.round(element.getBoundingClientRect().right)} px of ${viewport}`);
    return { pageOverflow: Math.max(0, document.documentElement.scrollWidth - viewport), tooWide, cutOff, unreachableScrollers };
  });
}

/** The page fits its viewport: no sideways scroll, nothing cut off, every sideways scroller reachable by keyboard. */
export async function expectFits(page: Page, where: string): Promise<void> {
  const report = await measureLayout(page);
  expect(report, `layout of ${where}`).toEqual({ pageOverflow: 0, tooWide: [], cutOff: [], unreachableScrollers: [] });
}

/** `below` is under `above` (one column), not squeezed beside it. */
export async function expectStacked(above: Locator, below: Locator, where: string): Promise<void> {
  const [top, bottom] = [await above.boundingBox(), await below.boundingBox()];
  expect(top, `${where}: first part shown`).not.toBeNull();
  expect(bottom, `${where}: second part shown`).not.toBeNull();
  if (!top || !bottom) return;
  expect(bottom.y, `${where}: the second part starts below the first`).toBeGreaterThanOrEqual(top.y + top.height - 1);
}

/** The computed transition and animation durations of the first element `selector` matches, in seconds. */
export function motionOf(page: Page, selector: string): Promise<{ transition: number; animation: number }> {
  return page.locator(selector).first().evaluate((element) => {
    const style = getComputedStyle(element);
    const longest = (value: string) => Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))));
    return { transition: longest(style.transitionDuration), animation: longest(style.animationDuration) };
  });
}
