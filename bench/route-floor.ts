import type { Cookie, Page } from '@playwright/test';
import { coldLoad, type ColdLoad } from './cold-load';
import type { BenchContext } from './context';
import { median, type PageFigures } from './summary';

export const COLD_LOADS = 7;

/**
 * COLD_LOADS cold loads of a console route alternating with its floor page, so machine noise hits both alike. Every
 * load weighs the JS heap once usable (after the timing).
 */
export async function alternateColdLoads(
  context: BenchContext,
  options: {
    cookies: Cookie[];
    consoleUrl: string;
    consoleReady: (page: Page) => Promise<unknown>;
    floorUrl: string;
    floorReady: (page: Page) => Promise<unknown>;
    loads?: number;
  },
): Promise<{ console: ColdLoad[]; floor: ColdLoad[]; cookies: Cookie[] }> {
  let cookies = options.cookies;
  const consoleLoads: ColdLoad[] = [];
  const floorLoads: ColdLoad[] = [];
  for (let i = 0; i < (options.loads ?? COLD_LOADS); i += 1) {
    const consoleRun = await coldLoad(context.browser, options.consoleUrl, cookies, options.consoleReady, { heap: true });
    consoleLoads.push(consoleRun.load);
    const floorRun = await coldLoad(context.browser, options.floorUrl, consoleRun.cookies, options.floorReady, { heap: true });
    floorLoads.push(floorRun.load);
    cookies = floorRun.cookies;
  }
  return { console: consoleLoads, floor: floorLoads, cookies };
}

/** The summary's figures of one page from its cold loads and its "next" timings. */
export function pageFigures(loads: ColdLoad[], next: number[]): PageFigures {
  return {
    bytes: median(loads.map((load) => load.jsGzip + load.cssGzip)),
    loads: loads.map((load) => load.ms),
    next,
    heap: median(loads.map((load) => load.heap ?? Number.NaN)),
    apiRequests: median(loads.map((load) => load.apiRequests)),
  };
}

/** `${floorUrl}/?route=…&…`: a route's floor page. */
export const floorPage = (context: BenchContext, route: string, extra: Record<string, string> = {}) =>
  `${context.floorUrl}/?${new URLSearchParams({ route, ...extra }).toString()}`;

/** Milliseconds from a click on `click` to `done` holding in the page (plus one frame), measured in the page. */
export async function timeClick(page: Page, click: string, done: string): Promise<number> {
  return page.evaluate(`(async () => {
    const button = document.querySelector(${JSON.stringify(click)});
    if (!button || button.disabled) throw new Error('nothing to click');
    const started = performance.now();
    button.click();
    const deadline = started + 60000;
    await new Promise((resolve, reject) => {
      const check = () => {
        if ((${done})()) resolve();
        else if (performance.now() > deadline) reject(new Error('timed out: ' + (document.querySelector('[role="alert"]')?.textContent ?? 'no alert')));
        else requestAnimationFrame(check);
      };
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - started;
  })()`) as Promise<number>;
}
