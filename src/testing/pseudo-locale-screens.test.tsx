import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTypes, fakeAttendeeTypes } from '../features/attendee-types/testing/fake-attendee-types';
import { aWireOpportunity } from '../features/opportunities/testing/opportunity-fixtures';
import { fakeReceiptsApi, signInClerk } from '../features/po-receipts/testing/receipts-api';
import { fakeInvoices, serveTaxInvoices } from '../features/tax-invoices/testing/tax-invoice-api';
import { server } from './msw-server';
import { findUnbracketedEnglish, stringsIn } from './pseudo-scan';
import { renderApp } from './render-app';
import { demoScopes, signIn } from './sessions';
import { createPseudoTranslator } from '../i18n/pseudo-locale';

/** What the pseudo-locale shows for a key: tests find elements by these names. */
const t = createPseudoTranslator('es-MX');
const SLOW = { timeout: 15_000 };
const FAILURE_MESSAGE = 'Ωrden PO-Ω3 sin partida 9999.';
const EXISTING_RECEIPT = {
  ID: 'gWr$Ω',
  URI: 'https://example.test/x',
  PurchaseOrderNumber: 'PO-Ω1',
  LineItemExternalID: '0003',
  IsReceived: 'N',
  ReceivedQuantity: '1234.5',
  ReceivedDate: '2026-09-10',
  GoodsReceiptNumber: 'GR-Ω1',
  DeliverySlipNumber: 'DS-Ω1',
  UnitOfMeasureCode: 'CS',
  Deleted: 'false',
  Version: '2.0',
};

/** The app in the pseudo-locale, with numbers, dates and MUI's own texts as in es-MX. */
const renderPseudo = (url: string) => renderApp({ url, locale: 'es-MX', translatorFor: createPseudoTranslator });

/** No English outside the catalogs anywhere on the page (the `screen` name only labels the failure). */
function expectNoEnglish(screenName: string, serverStrings: readonly string[] = []) {
  const findings = findUnbracketedEnglish(document.body, serverStrings).map(({ where, text, english }) => `${where}: “${text}” (${english.join(', ')})`);
  expect(findings, `English outside the catalogs on ${screenName}`).toEqual([]);
}

afterEach(() => vi.restoreAllMocks());

describe('the pseudo-locale scan', () => {
  it('finds English that bypassed the catalogs, in text and in the attributes people hear', () => {
    document.body.innerHTML = `<p>${t('notFound.title')} <span>Loading</span></p><button aria-label="Close">x</button><img alt="${t('app.name')}"><p>Ωmega-1 Employee</p>`;
    const findings = findUnbracketedEnglish(document.body, ['Ωmega-1 Employee']);
    expect(findings.map(({ where, english }) => [where, english])).toEqual([
      ['text in <span>', ['Loading']],
      ['aria-label of <button>', ['Close']],
    ]);
    document.body.innerHTML = '';
  });
});

describe('every screen in the pseudo-locale shows only catalog text', { timeout: 90_000 }, () => {
  it('sign-in', async () => {
    renderPseudo('/sign-in');
    await screen.findByRole('button', { name: t('signIn.button') }, SLOW);
    expectNoEnglish('sign-in');
  });

  it('a refused sign-in', async () => {
    renderPseudo('/oauth/callback?error=access_denied');
    await screen.findByRole('heading', { name: t('callback.invalidLink.title') }, SLOW);
    expectNoEnglish('a refused sign-in');
  });

  it('the shell, its menus and the not-found page', async () => {
    const session = signIn();
    const { user } = renderPseudo('/no-such-page');
    await screen.findByRole('heading', { name: t('notFound.title') }, SLOW);
    expectNoEnglish('not found', stringsIn(session.user));
    await user.click(screen.getByRole('button', { name: `${t('language.label')}: ${t('language.es-MX')}` }));
    await screen.findByRole('menu');
    expectNoEnglish('language menu', stringsIn(session.user));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: new RegExp(`^${t('theme.label')}`) }));
    await screen.findByRole('menu');
    expectNoEnglish('theme menu', stringsIn(session.user));
  });

  it('attendee types: table, columns panel, detail, edit with validation errors', async () => {
    const types = makeTypes(30);
    const serverStrings = stringsIn(types);
    server.use(...fakeAttendeeTypes(types).handlers);
    signIn();
    const { user } = renderPseudo('/attendee-types');
    await screen.findByRole('link', { name: 'Type 004' }, SLOW);
    expectNoEnglish('attendee types table', serverStrings);

    await user.click(screen.getByRole('button', { name: t('attendeeTypes.toolbar.columns') }));
    await screen.findByRole('checkbox', { name: t('attendeeTypes.field.id') });
    expectNoEnglish('attendee types columns panel', serverStrings);
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: t('attendeeTypes.delete.label', { name: 'Type 004' }) }));
    const confirm = await screen.findByRole('dialog', { name: t('attendeeTypes.delete.title') });
    expectNoEnglish('attendee type delete confirmation', serverStrings);
    await user.click(within(confirm).getByRole('button', { name: t('confirm.cancel') }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: t('attendeeTypes.export.open') }));
    const exportDialog = await screen.findByRole('dialog', { name: t('attendeeTypes.export.title') });
    expectNoEnglish('attendee types export dialog', serverStrings);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(exportDialog).not.toBeInTheDocument());

    await user.click(screen.getByRole('link', { name: 'Type 004' }));
    const panel = await screen.findByRole('dialog', { name: 'Type 004' }, SLOW);
    expectNoEnglish('attendee type detail', serverStrings);
    await user.click(within(panel).getByRole('button', { name: t('attendeeTypes.detail.edit') }));
    const name = within(panel).getByRole('textbox', { name: t('attendeeTypes.field.name') });
    await user.clear(name);
    await user.type(within(panel).getByRole('textbox', { name: t('attendeeTypes.field.code') }), 'X'.repeat(40));
    await user.click(within(panel).getByRole('button', { name: t('attendeeTypes.edit.save') }));
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expectNoEnglish('attendee type edit', serverStrings);
  });

  it('tax invoices: queue and invoice', async () => {
    const invoices = fakeInvoices(3);
    serveTaxInvoices(invoices);
    signIn();
    const first = invoices[0];
    const { user } = renderPseudo(`/tax-invoices/${encodeURIComponent(first?.ID ?? '')}`);
    const article = await screen.findByRole('article', { name: t('taxInvoices.detail.title', { receipt: first?.ConcurReceiptID ?? '' }) }, SLOW);
    await waitFor(() => expect(article).toHaveAttribute('aria-busy', 'false'), SLOW);
    await screen.findByRole('table', { name: t('taxInvoices.queue.label') });
    const serverStrings = stringsIn(invoices);
    expectNoEnglish('tax invoices', serverStrings);

    await user.click(screen.getByRole('checkbox', { name: t('taxInvoices.queue.select', { receipt: first?.ConcurReceiptID ?? '' }) }));
    await user.click(screen.getByRole('button', { name: t('taxInvoices.bulk.open', { count: 1 }) }));
    const bulk = await screen.findByRole('dialog', { name: t('taxInvoices.bulk.title', { count: 1 }) });
    await user.click(within(bulk).getByRole('radio', { name: t('taxInvoices.status.INVLD') }));
    await user.click(within(bulk).getByRole('button', { name: t('taxInvoices.bulk.apply', { count: 1 }) }));
    await within(bulk).findByText(t('taxInvoices.decision.commentMissing'));
    expectNoEnglish('tax invoices bulk dialog with an error', serverStrings);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(bulk).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: t('taxInvoices.log.open', { count: 0 }) }));
    await screen.findByText(t('taxInvoices.log.empty'));
    expectNoEnglish('tax invoices session log', serverStrings);
  });

  it('opportunities: before and after a search', async () => {
    const items = [
      aWireOpportunity({ TripId: 'Ωtrip-1', Type: 'Hotel', StartDateLocal: '2026-01-05T15:00:00' }),
      aWireOpportunity({ TripId: 'Ωtrip-1', Type: 'Air', StartDateLocal: '2026-01-05T08:00:00', IsActive: false }),
      aWireOpportunity({ TripId: 'Ωtrip-2', Type: 'Taxi', StartDateLocal: '2026-01-12T07:00:00' }),
    ];
    server.use(http.get('/api/v3.0/insights/opportunities', () => HttpResponse.json({ Items: items, NextPage: null })));
    signIn({ scopes: [...demoScopes.travelManager] });
    const before = renderPseudo('/opportunities');
    await screen.findByRole('button', { name: t('opportunities.search') }, SLOW);
    expectNoEnglish('opportunities before a search');
    before.unmount();

    const { user } = renderPseudo('/opportunities?mode=range&from=2026-01-01T00:00:00Z&to=2026-01-31T23:59:59Z');
    await screen.findByRole('grid', { name: t('opportunities.table.label') }, SLOW);
    expectNoEnglish('opportunities after a search', stringsIn(items));

    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (files.push(blob as Blob), 'blob:csv'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: t('opportunities.table.export') }));
    await waitFor(() => expect(files).toHaveLength(1));
    const header = (await (files[0] as Blob).text()).replace('\uFEFF', '').split('\r\n')[0] ?? '';
    expect(header.split(',').filter((cell) => !cell.startsWith('⟦'))).toEqual([]);

    await user.click(screen.getByRole('button', { name: t('opportunities.mode.trip') }));
    await screen.findByRole('textbox', { name: t('opportunities.tripId.label') });
    expectNoEnglish('opportunities by trip', stringsIn(items));
  });

  it('PO receipts: the single form with its problems, the receipts Concur has, a saved receipt', async () => {
    fakeReceiptsApi({ existing: { 'PO-Ω1': [EXISTING_RECEIPT] } });
    const session = signInClerk();
    const { user } = renderPseudo('/po-receipts');
    await screen.findByRole('heading', { name: t('poReceipts.form.title') }, SLOW);
    await user.click(screen.getByRole('button', { name: t('poReceipts.form.save') }));
    const summaryStart = t('poReceipts.summary.title', { count: 0 }).split('0')[0] ?? '';
    await screen.findByRole('region', { name: (name) => name.startsWith(summaryStart) });
    const serverStrings = [...stringsIn(session.user), ...stringsIn(EXISTING_RECEIPT)];
    expectNoEnglish('PO receipt form with errors', serverStrings);

    const field = (label: string) => screen.getByRole('textbox', { name: (name) => name.startsWith(label) });
    const values = [
      [t('poReceipts.field.purchaseOrderNumber'), 'PO-Ω1'],
      [t('poReceipts.field.lineItemExternalId'), '0004'],
      [t('poReceipts.field.receivedQuantity'), '1,234.5'],
      [t('poReceipts.field.goodsReceiptNumber'), 'GR-Ω2'],
    ] as const;
    for (const [label, value] of values) {
      await user.click(field(label));
      await user.paste(value);
    }
    await screen.findByRole('table', { name: t('poReceipts.existing.table', { po: 'PO-Ω1' }) }, SLOW);
    expectNoEnglish('PO receipt form with existing receipts', serverStrings);
    fireEvent.change(document.querySelector('#receipt-receivedDate') as HTMLInputElement, { target: { value: '15/03/2026' } });
    await user.click(screen.getByRole('button', { name: t('poReceipts.form.save') }));
    await screen.findByText(t('poReceipts.saved.title'), undefined, SLOW);
    expectNoEnglish('PO receipt saved', serverStrings);
  });

  it('PO receipts batch with bad cells', async () => {
    fakeReceiptsApi({
      answer: (body) =>
        body.LineItemExternalID === '9999' ? { Status: 'FAILURE', ErrorCode: '1001', FieldCode: 'LineItem|LineItemExternalID', Message: FAILURE_MESSAGE } : { Status: 'SUCCESS' },
    });
    signInClerk();
    const { user } = renderPseudo('/po-receipts?mode=batch');
    await screen.findByRole('heading', { name: t('poReceipts.batch.title') }, SLOW);
    const header = 'PO number\tLine item external ID\tReceived date\tReceived quantity\tGoods receipt number';
    const rows = [header, 'PO-Ω1\t0004\t2026-03-15\t1,234.5\tGR-Ω1', 'PO-Ω2\t0005\t2026-02-30\t1e3\tGR-Ω2', 'PO-Ω3\t9999\t2026-03-15\t2\tGR-Ω3'].join('\n');
    fireEvent.paste(screen.getByRole('textbox', { name: t('poReceipts.batch.pasteLabel') }), { clipboardData: { getData: () => rows } });
    const submit = await screen.findByRole('button', { name: t('poReceipts.batch.submitAll', { count: 3 }) });
    const serverStrings = ['PO-Ω1', 'PO-Ω2', 'PO-Ω3', 'GR-Ω1', 'GR-Ω2', 'GR-Ω3', FAILURE_MESSAGE];
    expectNoEnglish('PO receipts batch with bad cells', serverStrings);
    await user.click(submit);
    await screen.findByText(t('poReceipts.batch.summary', { saved: 1, failed: 2, pending: 0 }), undefined, SLOW);
    expectNoEnglish('PO receipts batch after sending', serverStrings);
  });
});
