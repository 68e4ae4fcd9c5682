import { describe, expect, it } from 'vitest';
import { formatLoadTable, formatMs, formatPercent, parseLoadArgs, percentile, summarizeLatencies } from './report';

describe('percentile and summarizeLatencies', () => {
  it('take the nearest rank', () => {
    const values = Array.from({ length: 200 }, (_, index) => index + 1);
    expect(percentile(values, 50)).toBe(100);
    expect(percentile(values, 97.5)).toBe(195);
    expect(percentile(values, 99)).toBe(198);
    expect(percentile(values, 100)).toBe(200);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it('sort numerically, keeping fractions of a millisecond', () => {
    expect(summarizeLatencies([10, 0.25, 2, 0.5, 1])).toEqual({ count: 5, p50: 1, p97_5: 10, p99: 10, max: 10 });
    expect(summarizeLatencies([]).count).toBe(0);
  });
});

describe('formatting', () => {
  it('gives milliseconds a precision that suits their size', () => {
    expect([0.4123, 3.614, 48.24, 10012.4, Number.NaN].map(formatMs)).toEqual(['0.412 ms', '3.61 ms', '48.2 ms', '10012 ms', 'n/a']);
    expect([0.674, -0.05, Number.POSITIVE_INFINITY].map(formatPercent)).toEqual(['+67.4%', '-5.0%', 'n/a']);
  });

  it('lays out the table with the target and a verdict only where there is a target', () => {
    const table = formatLoadTable([
      { figure: 'requests/s', value: '3,203/s', raw: 3203 },
      { figure: 'errors', value: '0 | 0', raw: 0, target: '0', ok: true },
      { figure: 'overhead', value: '+67%', raw: 0.67, target: '< +20%', ok: false },
    ]);
    expect(table.split('\n')).toEqual([
      '| Figure     | Value   | Target | Result |',
      '| ---------- | ------- | ------ | ------ |',
      '| requests/s | 3,203/s |        |        |',
      '| errors     | 0 \\| 0  | 0      | pass   |',
      '| overhead   | +67%    | < +20% | FAIL   |',
    ]);
  });
});

describe('parseLoadArgs', () => {
  it('defaults to 60 s and takes --duration in both spellings', () => {
    expect(parseLoadArgs([])).toEqual({ durationSeconds: 60 });
    expect(parseLoadArgs(['--duration', '10'])).toEqual({ durationSeconds: 10 });
    expect(parseLoadArgs(['--duration=15'])).toEqual({ durationSeconds: 15 });
  });

  it.each([['--duration'], ['--duration', '0'], ['--duration', '1.5'], ['--duration=abc'], ['--connections', '5']])('refuses %j', (...argv) => {
    expect(() => parseLoadArgs(argv)).toThrow(/Usage: npm run bench:load/);
  });
});
