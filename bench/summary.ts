/** The per-route summary of `npm run bench`: types, formatting and --compare. Pure: no browser, no files. */

/** The headline figures of one page (the console's route, or its floor). */
export interface PageFigures {
  /** JS + CSS bytes transferred (compressed) before the first view was usable (median of the cold loads). */
  bytes: number;
  /** Cold loads, navigation → first data visible, in ms. */
  loads: number[];
  /** The route's "next" action, in ms (next page, next invoice, Search, Save…); empty when there is none. */
  next: number[];
  /** Used JS heap after the first view (after GC), median. */
  heap: number;
  /** Requests to /api/ before the first view was usable (median). */
  apiRequests: number;
}

export interface RouteSummary {
  route: string;
  /** What "first data visible" means on this route. */
  loadMeans: string;
  /** What the "next" figure measures on this route. */
  nextMeans: string;
  console: PageFigures;
  floor: PageFigures;
}

export interface BenchReport {
  date: string;
  node: string;
  summaries: RouteSummary[];
  rows: { figure: string; value: string; raw: number }[];
}

/** Targets from issue 9, as ratios to the floor. */
export const TARGETS = { load: 2, next: 1.5, bytes: 2.5 } as const;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export const formatKb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const formatMs = (value: number) => `${value.toFixed(0)} ms`;
export const formatMb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `1.83×`, with ` ✓`/` ✗` against a target; `n/a` when either side is missing. */
export function formatRatio(value: number, floor: number, target?: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(floor) || floor <= 0) return 'n/a';
  const ratio = value / floor;
  const mark = target === undefined ? '' : ratio <= target ? ' ✓' : ' ✗';
  return `${ratio.toFixed(2)}×${mark}`;
}

/** `+12.3%` / `-4.0%` / `±0.0%`; `n/a` when the old value is missing or zero. */
export function formatChange(before: number, after: number): string {
  if (!Number.isFinite(before) || !Number.isFinite(after) || before === 0) return 'n/a';
  const change = ((after - before) / before) * 100;
  if (Math.abs(change) < 0.05) return '±0.0%';
  return `${change > 0 ? '+' : ''}${change.toFixed(1)}%`;
}

const range = (values: number[]) => (values.length ? `${formatMs(median(values))} (${formatMs(Math.min(...values))}–${formatMs(Math.max(...values))})` : 'n/a');

function markdown(header: string[], body: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/** The headline table: one row per route, then its floor; ratios are console ÷ floor of the same run. */
export function summaryTable(summaries: RouteSummary[]): string {
  const header = ['Route', 'JS+CSS before usable', '× floor', 'First data, median (min–max)', '× floor', 'Next, median', '× floor', 'Heap after load', 'API requests'];
  const body: string[][] = [];
  for (const summary of summaries) {
    const { console: app, floor } = summary;
    body.push([
      summary.route,
      formatKb(app.bytes),
      formatRatio(app.bytes, floor.bytes, TARGETS.bytes),
      range(app.loads),
      formatRatio(median(app.loads), median(floor.loads), TARGETS.load),
      app.next.length ? formatMs(median(app.next)) : 'n/a',
      app.next.length ? formatRatio(median(app.next), median(floor.next), TARGETS.next) : 'n/a',
      formatMb(app.heap),
      String(app.apiRequests),
    ]);
    body.push([
      `↳ floor`,
      formatKb(floor.bytes),
      '',
      range(floor.loads),
      '',
      floor.next.length ? formatMs(median(floor.next)) : 'n/a',
      '',
      `${formatMb(floor.heap)}`,
      String(floor.apiRequests),
    ]);
  }
  const notes = summaries.map((summary) => `- ${summary.route}: first data = ${summary.loadMeans}; next = ${summary.nextMeans}.`);
  return [
    markdown(header, body),
    '',
    `Targets (× floor, same run): first data ≤ ${TARGETS.load}×, next ≤ ${TARGETS.next}×, JS+CSS ≤ ${TARGETS.bytes}×. Bytes are as transferred (compressed by the gateway).`,
    ...notes,
  ].join('\n');
}

/** The figures of a summary, flattened for --compare: name → value, with the unit to print. */
export function summaryFigures(summaries: RouteSummary[]): { name: string; value: number; unit: 'KB' | 'ms' | 'MB' | '×' | '' }[] {
  return summaries.flatMap((summary) => {
    const { console: app, floor } = summary;
    const figures: { name: string; value: number; unit: 'KB' | 'ms' | 'MB' | '×' | '' }[] = [
      { name: `${summary.route}: JS+CSS before usable`, value: app.bytes, unit: 'KB' },
      { name: `${summary.route}: JS+CSS × floor`, value: app.bytes / floor.bytes, unit: '×' },
      { name: `${summary.route}: first data median`, value: median(app.loads), unit: 'ms' },
      { name: `${summary.route}: first data × floor`, value: median(app.loads) / median(floor.loads), unit: '×' },
    ];
    if (app.next.length) {
      figures.push(
        { name: `${summary.route}: next median`, value: median(app.next), unit: 'ms' },
        { name: `${summary.route}: next × floor`, value: median(app.next) / median(floor.next), unit: '×' },
      );
    }
    figures.push({ name: `${summary.route}: heap after load`, value: app.heap, unit: 'MB' }, { name: `${summary.route}: API requests, first view`, value: app.apiRequests, unit: '' });
    return figures;
  });
}

function formatValue(value: number, unit: 'KB' | 'ms' | 'MB' | '×' | ''): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'KB') return formatKb(value);
  if (unit === 'MB') return formatMb(value);
  if (unit === 'ms') return formatMs(value);
  if (unit === '×') return `${value.toFixed(2)}×`;
  return String(value);
}

/** `npm run bench -- --compare old.json`: every summary figure of either run, old → new (change %). */
export function compareTable(before: Pick<BenchReport, 'summaries'>, after: Pick<BenchReport, 'summaries'>): string {
  const old = new Map(summaryFigures(before.summaries ?? []).map((figure) => [figure.name, figure]));
  const now = summaryFigures(after.summaries);
  const names = [...new Set([...now.map((figure) => figure.name), ...old.keys()])];
  const body = names.map((name) => {
    const previous = old.get(name);
    const current = now.find((figure) => figure.name === name);
    const unit = (current ?? previous)?.unit ?? '';
    return [name, previous ? formatValue(previous.value, unit) : '—', current ? formatValue(current.value, unit) : '—', previous && current ? formatChange(previous.value, current.value) : 'n/a'];
  });
  return markdown(['Figure', 'Old', 'New', 'Change'], body);
}
