import type { BenchRow } from '../context';

/** One figure of the load bench: a bench row, plus the target it is held to (if any) and whether it met it. */
export interface LoadRow extends BenchRow {
  target?: string;
  /** undefined: informative only, no target. */
  ok?: boolean;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p97_5: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of ascending `sorted` values (`p` in 0..100); NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** p50/p97.5/p99/max of latencies in milliseconds (any order). */
export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  const values = Array.from(sorted);
  return {
    count: values.length,
    p50: percentile(values, 50),
    p97_5: percentile(values, 97.5),
    p99: percentile(values, 99),
    max: values.length ? (values[values.length - 1] as number) : Number.NaN,
  };
}

/** Milliseconds with a precision that suits the size: 0.412 ms, 3.61 ms, 48.2 ms, 10012 ms. */
export function formatMs(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 1) return `${value.toFixed(3)} ms`;
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 1000) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(0)} ms`;
}

export const formatMiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'n/a';
  return `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`;
}

function verdict(row: LoadRow): string {
  if (row.ok === undefined) return '';
  return row.ok ? 'pass' : 'FAIL';
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/** A Markdown table (readable as plain text too): Figure | Value | Target | Result. */
export function formatLoadTable(rows: readonly LoadRow[]): string {
  const cells = rows.map((row) => [row.figure, row.value, row.target ?? '', verdict(row)].map(escapeCell));
  const header = ['Figure', 'Value', 'Target', 'Result'];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length)));
  const line = (values: readonly string[]) => `| ${values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

export interface LoadArgs {
  /** Length of the sustained-load run in seconds (default 60). */
  durationSeconds: number;
}

export const DEFAULT_DURATION_SECONDS = 60;

/** `--duration 10` or `--duration=10` (whole seconds, 1..3600); anything else is refused with a usage message. */
export function parseLoadArgs(argv: readonly string[]): LoadArgs {
  const usage = 'Usage: npm run bench:load [-- --duration <seconds>]   (default 60)';
  let durationSeconds = DEFAULT_DURATION_SECONDS;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    let value: string | undefined;
    if (arg === '--duration') {
      value = argv[index + 1];
      index += 1;
    } else if (arg.startsWith('--duration=')) {
      value = arg.slice('--duration='.length);
    } else {
      throw new Error(`Unknown argument "${arg}". ${usage}`);
    }
    if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 3600) {
      throw new Error(`--duration takes whole seconds from 1 to 3600. ${usage}`);
    }
    durationSeconds = Number(value);
  }
  return { durationSeconds };
}
