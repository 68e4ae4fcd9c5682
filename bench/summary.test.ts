import { describe, expect, it } from 'vitest';
import { compareTable, formatChange, formatRatio, median, summaryFigures, summaryTable, type RouteSummary } from './summary';

const page = (overrides: Partial<RouteSummary['console']> = {}): RouteSummary['console'] => ({
  bytes: 100 * 1024,
  loads: [300, 100, 200],
  next: [40, 60],
  heap: 2 * 1024 * 1024,
  apiRequests: 1,
  ...overrides,
});

const route = (consoleOverrides: Partial<RouteSummary['console']> = {}): RouteSummary => ({
  route: 'Attendee types',
  loadMeans: 'first 25 rows',
  nextMeans: 'Next click → next 25 rows',
  console: page(consoleOverrides),
  floor: page({ bytes: 50 * 1024, loads: [100], next: [50] }),
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('formatRatio', () => {
  it('prints the ratio to the floor with a mark against the target', () => {
    expect(formatRatio(150, 100, 2)).toBe('1.50× ✓');
    expect(formatRatio(250, 100, 2)).toBe('2.50× ✗');
    expect(formatRatio(200, 100, 2)).toBe('2.00× ✓');
    expect(formatRatio(120, 100)).toBe('1.20×');
  });

  it('says n/a without a floor figure', () => {
    expect(formatRatio(100, Number.NaN)).toBe('n/a');
    expect(formatRatio(100, 0)).toBe('n/a');
  });
});

describe('formatChange', () => {
  it('prints the change in percent with its sign', () => {
    expect(formatChange(200, 250)).toBe('+25.0%');
    expect(formatChange(200, 150)).toBe('-25.0%');
    expect(formatChange(200, 200)).toBe('±0.0%');
    expect(formatChange(0, 10)).toBe('n/a');
  });
});

describe('summaryTable', () => {
  it('prints one row per route and one for its floor, with ratios', () => {
    const table = summaryTable([route()]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^\| Route/);
    expect(lines[2]).toContain('Attendee types');
    expect(lines[2]).toContain('100.0 KB');
    expect(lines[2]).toContain('2.00× ✓'); // bytes, target 2.5×
    expect(lines[2]).toContain('200 ms (100 ms–300 ms)');
    expect(lines[2]).toContain('1.00× ✓'); // next: 50 / 50
    expect(lines[3]).toMatch(/^\| ↳ floor/);
  });

  it('says n/a for a route without a next figure', () => {
    const table = summaryTable([route({ next: [] })]);
    expect(table.split('\n')[2]).toContain('n/a');
  });
});

describe('compareTable', () => {
  it('prints each figure old → new with the change', () => {
    const before = { summaries: [route()] };
    const after = { summaries: [route({ loads: [300], bytes: 50 * 1024 })] };
    const table = compareTable(before, after);
    expect(table).toMatch(/Attendee types: first data median +\| 200 ms +\| 300 ms +\| \+50\.0% +\|/);
    expect(table).toMatch(/Attendee types: JS\+CSS before usable +\| 100\.0 KB +\| 50\.0 KB +\| -50\.0% +\|/);
  });

  it('keeps figures that only one run has', () => {
    const table = compareTable({ summaries: [] }, { summaries: [route()] });
    expect(table).toContain('| —');
    expect(summaryFigures([route()]).length).toBe(8);
  });
});
