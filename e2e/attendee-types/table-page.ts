import { expect, type Locator, type Page } from '@playwright/test';

/** The attendee types table as a user sees it. */
export function tablePage(page: Page) {
  const rows = page.locator('[role="row"][data-id]');
  const status = page.getByRole('navigation', { name: 'Pages' }).getByRole('status');
  return {
    rows,
    status,
    next: page.getByRole('button', { name: 'Next', exact: true }),
    previous: page.getByRole('button', { name: 'Previous', exact: true }),
    search: page.getByRole('searchbox', { name: 'Search loaded rows' }),
    row: (id: string): Locator => page.locator(`[role="row"][data-id="${id}"]`),
    /** Waits until page `n` is shown (not the previous page kept as a placeholder). */
    async waitForPage(n: number): Promise<void> {
      await expect(status).toHaveText(new RegExp(`^Page ${n} · (more available|last page)$`));
    },
    async ids(): Promise<string[]> {
      return rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-id') ?? ''));
    },
  };
}

/** The CSV cells, RFC 4180 (quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
