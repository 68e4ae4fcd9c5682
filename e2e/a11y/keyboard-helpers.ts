import { expect, type Locator, type Page } from '@playwright/test';
import type { ApiAttendeeType } from '../attendee-types/concur-api';
import { firstQuantityLineIn, type PoLine } from '../po-receipts/concur';
import { concurAs } from '../support/concur-direct';
import { DEMO_PASSWORD, gatewayUrl, USERS } from '../support/env';

/**
 * Keyboard-only driving: Tab and Shift+Tab until a control has focus, the way a keyboard user reaches it, and checks
 * that the focus can be seen. Nothing here clicks or fills.
 */

/** What has focus, described for failure messages: tag, role, name-ish text. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return '<body>';
    const label = active.getAttribute('aria-label') ?? (active as HTMLElement).innerText?.slice(0, 40) ?? '';
    return `<${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} role=${active.getAttribute('role') ?? ''}> ${label}`;
  });
}

const holdsFocus = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement)).catch(() => false);

/** Tab (or Shift+Tab) until `target` or something inside it has focus; fails naming where focus went. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 60 } = {}): Promise<void> {
  const seen: string[] = [];
  for (let step = 0; step <= max; step += 1) {
    if (await holdsFocus(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (step < 12 || step > max - 3) seen.push(await describeFocus(page));
  }
  throw new Error(`${String(target)} was not reached with ${backwards ? 'Shift+Tab' : 'Tab'} in ${max} presses. Focus went: ${seen.join(' → ')}`);
}

/** The focused element as the checks below see it. */
interface FocusLook {
  onBody: boolean;
  description: string;
  indicator: string | null;
}

/**
 * The focused element has a focus indicator a sighted keyboard user can see: an outline, a focus ring drawn as a box
 * shadow, or MUI's focus state (Mui-focusVisible on buttons, the thicker coloured border of a focused text field),
 * on the element or the control box around it; and the element is on screen (not clipped away, not zero-sized).
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const look: FocusLook = await page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body || active === document.documentElement) return { onBody: true, description: '<body>', indicator: null };
    const description = `<${active.tagName.toLowerCase()} class="${active.className.toString().slice(0, 120)}"> ${(active.getAttribute('aria-label') ?? active.innerText ?? '').slice(0, 40)}`;
    const box = active.getBoundingClientRect();
    const visible = box.width > 0 && box.height > 0 && getComputedStyle(active).visibility !== 'hidden';
    const drawn = (element: Element): string | null => {
      const style = getComputedStyle(element);
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineStyle} ${style.outlineWidth}`;
      if (style.boxShadow && style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
      if (element.classList.contains('Mui-focusVisible')) return 'Mui-focusVisible';
      return null;
    };
    let indicator = visible ? drawn(active) : null;
    // A text field's input draws its focus on the box around it (MUI's focused outline / underline).
    const control = active.closest('.MuiInputBase-root, .MuiPickersInputBase-root, .MuiPickersSectionList-root');
    if (!indicator && visible && control) {
      const root = control.closest('.MuiInputBase-root, .MuiPickersInputBase-root') ?? control;
      if (root.classList.contains('Mui-focused')) {
        const outline = root.querySelector('.MuiOutlinedInput-notchedOutline, .MuiPickersOutlinedInput-notchedOutline');
        const width = outline ? parseFloat(getComputedStyle(outline).borderTopWidth) : 0;
        const after = getComputedStyle(root, '::after');
        if (width >= 2) indicator = `focused field border ${width}px`;
        else if (after.transform !== 'none' && after.transform !== 'matrix(0, 0, 0, 1, 0, 0)' && after.borderBottomStyle !== 'none') indicator = 'focused field underline';
      }
    }
    // A grid cell or row draws its focus with an outline on itself or its cell.
    if (!indicator && visible) {
      const cell = active.closest('[role="gridcell"], [role="columnheader"], [role="cell"]');
      if (cell && cell !== active) indicator = drawn(cell);
    }
    return { onBody: false, description, indicator };
  });
  expect(look.onBody, 'keyboard focus was lost to <body>').toBe(false);
  expect(look.indicator, `no visible focus indicator on ${look.description}`).not.toBeNull();
}

/** Focus is somewhere on the page (not dropped on <body> after a dialog closed or a row left). */
export async function expectFocusKept(page: Page): Promise<void> {
  await expect.poll(() => describeFocus(page), { message: 'focus was lost to <body>' }).not.toBe('<body>');
}

/**
 * Signs in through the console's sign-in page and the sandbox's sign-in form with the keyboard alone: Tab to the
 * button, Enter; Tab to the login field, type, Tab, type the password, Enter.
 */
export async function signInByKeyboard(page: Page, login: string, path: string): Promise<void> {
  await page.goto(`${gatewayUrl()}${path}`);
  await tabTo(page, page.getByRole('button', { name: 'Sign in with Concur' }));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const loginField = page.getByLabel('Email or Login ID');
  await expect(loginField).toBeVisible();
  await tabTo(page, loginField);
  await expectVisibleFocus(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(login);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Puts back the code a journey changed, straight at the sandbox (support/concur-direct.ts). */
export async function putBackCode(type: ApiAttendeeType): Promise<void> {
  const response = await concurAs(USERS.finance, `/api/v3.0/expense/attendeetypes/${encodeURIComponent(type.ID)}`, {
    method: 'PUT',
    body: JSON.stringify({ Code: type.Code }),
  });
  if (!response.ok) throw new Error(`put back the code of ${type.ID}: ${response.status} ${await response.text()}`);
}

/**
 * A quantity-based PO line only the keyboard journey writes to: from this year's 150th PO on (the PO-receipt journeys
 * use the first 40 of this and last year, the chaos cases this year's 41st on and last year's 60th to 201st).
 */
export function ownPoLine(): Promise<PoLine> {
  const year = new Date().getFullYear();
  return firstQuantityLineIn([[year, 150], [year - 1, 210]], 60, 'the keyboard journey');
}
