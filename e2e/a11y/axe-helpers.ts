import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA (docs/decisions/005-accessibility-checks.md). No rule is disabled. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type ColorScheme = 'light' | 'dark';

const SCOPE_ATTRIBUTE = 'data-axe-scope';

/** One violation as a reader can act on it: where, which rule, how bad, which elements, and what axe says to fix. */
export function describeViolation(where: string, violation: Result): string {
  const nodes = violation.nodes.slice(0, 5).map((node) => {
    const html = node.html.length > 200 ? `${node.html.slice(0, 200)}…` : node.html;
    const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ');
    return `    - ${node.target.join(' ')}\n      ${html}\n      ${summary}`;
  });
  const more = violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more`] : [];
  return [`[${where}] ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} — ${violation.helpUrl}`, ...nodes, ...more].join('\n');
}

/**
 * Waits until no finite CSS transition or animation runs (a dialog fading in would fail colour contrast halfway).
 * Endless ones (a spinner, a skeleton's pulse) never finish, and scroll-driven ones (MUI X's scroll shadows) follow the
 * scroll position rather than time: neither is waited for.
 */
async function settle(page: Page): Promise<void> {
  const running = () =>
    page.evaluate(() =>
      document
        .getAnimations()
        .filter((animation) => animation.playState === 'running' && animation.timeline instanceof DocumentTimeline)
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => {
          const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
          const name = animation instanceof CSSTransition ? animation.transitionProperty : animation instanceof CSSAnimation ? animation.animationName : 'script';
          return `${name} on ${target?.outerHTML.slice(0, 120) ?? 'nothing'}`;
        }),
    );
  await expect.poll(running, { message: 'CSS transitions or animations still running', timeout: 5000, intervals: [50] }).toEqual([]);
}

/**
 * The scheme MUI applies: the app keeps the mode "system", so the emulated colour-scheme media feature decides it. With
 * reduced motion the app's transitions take no time, so a switch or a dialog settles at once: the same final screens,
 * checked sooner.
 */
async function useScheme(page: Page, scheme: ColorScheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await expect(page.locator('html')).toHaveClass(new RegExp(`(^|\\s)${scheme}(\\s|$)`));
}

/**
 * Runs axe on what the page shows, in the current colour scheme and then in the other one, and keeps every violation
 * until `expectNone`, so one run reports all the screens that need fixing rather than only the first.
 */
export type AxeAudit = ReturnType<typeof axeAudit>;

export function axeAudit(page: Page, language: string) {
  const found: string[] = [];
  let scheme: ColorScheme = 'light';
  return {
    /** `scope`: only that element (a dialog or menu over a page already checked), which keeps the run fast. */
    async check(screen: string, scope?: Locator): Promise<void> {
      await scope?.evaluate((element, name) => element.setAttribute(name, ''), SCOPE_ATTRIBUTE);
      for (const next of [scheme, scheme === 'light' ? 'dark' : 'light'] as const) {
        await useScheme(page, next);
        scheme = next;
        await settle(page);
        // Legacy mode runs axe whole in the page instead of finishing each run in a new blank page: the app has no
        // frames from other origins, the only reason for the latter, and each run takes about half the time.
        const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true);
        const results = await (scope ? builder.include(`[${SCOPE_ATTRIBUTE}]`) : builder).analyze();
        found.push(...results.violations.map((violation) => describeViolation(`${screen} · ${language} · ${scheme}`, violation)));
      }
      await scope?.evaluate((element, name) => element.removeAttribute(name), SCOPE_ATTRIBUTE);
    },
    expectNone(): void {
      expect(found.length, `axe found ${found.length} violation(s):\n\n${found.join('\n\n')}`).toBe(0);
    },
  };
}
