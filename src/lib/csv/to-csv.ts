/**
 * RFC 4180 CSV with a UTF-8 BOM (so Excel opens accents right). Cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) are prefixed with an apostrophe (OWASP "CSV injection").
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  const line = (cells: readonly (string | number | boolean | null | undefined)[]) => cells.map(csvCell).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A file name safe on every OS: `attendee-types_page-3_2026-11-28T06-30Z.csv`. */
export function csvFileName(parts: readonly string[], at: Date = new Date()): string {
  const stamp = at.toISOString().slice(0, 16).replace(/:/g, '-');
  const base = [...parts, stamp].map((part) => part.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '')).filter(Boolean).join('_');
  return `${base}Z.csv`;
}
