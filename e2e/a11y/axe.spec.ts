import { expect, test, type Page } from '@playwright/test';
import { createTranslator } from '../../src/i18n/translate';
import type { Locale } from '../../src/i18n/locale';
import { gatewayUrl, USERS } from '../support/env';
import { fillSandboxSignIn } from '../support/sign-in';
import { axeAudit, type AxeAudit } from './axe-helpers';
import { auditAttendeeTypes, auditOpportunities, auditPoReceipts, auditTaxInvoices, type Screens } from './axe-screens';

/**
 * axe at WCAG 2.2 AA on every screen and every dialog the finance admin can reach (that user sees every area), in light
 * and dark, once per language (docs/decisions/005-accessibility-checks.md). Read-only: dialogs are opened and
 * cancelled, forms are filled but never sent, so the shared demo data stays as it was.
 */
test.describe.configure({ mode: 'parallel' });

async function auditSignIn(page: Page, audit: AxeAudit, locale: Locale): Promise<void> {
  const en = createTranslator('en');
  const t = createTranslator(locale);
  await page.goto(`${gatewayUrl()}/sign-in`);
  await page.getByRole('button', { name: `${en('language.label')}: ${en('language.en')}` }).click();
  await audit.check('language menu', page.getByRole('menu'));
  if (locale === 'en') await page.keyboard.press('Escape');
  else await page.getByRole('menuitemradio', { name: t('language.es-MX') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('signIn.title') })).toBeVisible();
  await audit.check('sign-in');
  await page.getByRole('button', { name: `${t('theme.label')}: ${t('theme.system')}` }).click();
  await audit.check('theme menu', page.getByRole('menu'));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: t('signIn.button') }).click();
  await fillSandboxSignIn(page, USERS.finance);
  await expect(page.getByRole('button', { name: t('shell.signOut') })).toBeVisible();
}

async function auditNotFound({ page, audit, t }: Screens): Promise<void> {
  await page.goto(`${gatewayUrl()}/no/such/page`);
  await expect(page.getByRole('heading', { level: 1, name: t('notFound.title') })).toBeVisible();
  await audit.check('not found');
}

for (const locale of ['en', 'es-MX'] as const) {
  test(`every screen and dialog passes axe (WCAG 2.2 AA) in light and dark, ${locale}`, async ({ page }) => {
    test.setTimeout(120_000);
    const audit = axeAudit(page, locale);
    const screens: Screens = { page, audit, t: createTranslator(locale) };
    await auditSignIn(page, audit, locale);
    await auditAttendeeTypes(screens);
    await auditTaxInvoices(screens);
    await auditOpportunities(screens);
    await auditPoReceipts(screens);
    await auditNotFound(screens);
    audit.expectNone();
  });
}
