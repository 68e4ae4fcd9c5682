/** Rows of cells from text copied out of a spreadsheet (tab-separated) or a CSV file (comma or semicolon, RFC 4180 quotes). */
export function parseTable(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = pickDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  row.push(cell);
  rows.push(row);
  return rows.filter((cells) => cells.some((value) => value.trim() !== ''));
}

/** Tabs win (a spreadsheet copy); otherwise whichever of `,` and `;` the first line uses more, outside quotes. */
function pickDelimiter(text: string): string {
  const firstLine = text.split('\n', 1)[0] ?? '';
  if (text.includes('\t')) return '\t';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const count = (mark: string) => unquoted.split(mark).length - 1;
  return count(';') > count(',') ? ';' : ',';
}
