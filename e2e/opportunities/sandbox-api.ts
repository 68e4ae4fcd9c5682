import { expect, type Page } from '@playwright/test';
import { concurJsonAs } from '../support/concur-direct';
import { sandboxUrl, USERS } from '../support/env';

export const OPPORTUNITIES_PATH = '/api/v3.0/insights/opportunities';
export const TYPES = ['Hotel', 'Car', 'Air', 'Rail', 'Taxi', 'Service'] as const;
export type OpportunityType = (typeof TYPES)[number];

export interface ApiOpportunity {
  ID: string;
  TripId: string;
  Type: OpportunityType;
  IsActive: boolean;
  StartDateLocal: string;
  EndDateLocal: string;
}

/** Every opportunity the sandbox holds for a query, walking NextPage as any client must. */
export async function sandboxOpportunities(query: Record<string, string>): Promise<ApiOpportunity[]> {
  const items: ApiOpportunity[] = [];
  let url: string | null = `${sandboxUrl()}${OPPORTUNITIES_PATH}?${new URLSearchParams(query).toString()}`;
  while (url) {
    const { pathname, search }: URL = new URL(url);
    const page: { Items: ApiOpportunity[]; NextPage: string | null } = await concurJsonAs(USERS.travel, `${pathname}${search}`);
    items.push(...page.Items);
    url = page.NextPage;
  }
  return items;
}

export interface Figures {
  Opportunities: number;
  Active: number;
  Trips: number;
  byType: Record<OpportunityType, number>;
}

export function figuresOf(items: readonly ApiOpportunity[]): Figures {
  const byType = Object.fromEntries(TYPES.map((type) => [type, items.filter((item) => item.Type === type).length])) as Record<OpportunityType, number>;
  return { Opportunities: items.length, Active: items.filter((item) => item.IsActive).length, Trips: new Set(items.map((item) => item.TripId)).size, byType };
}

/** The summary cards as numbers (label → figure), read the way a user reads them. */
export async function shownFigures(page: Page): Promise<Figures> {
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toBeVisible({ timeout: 30_000 });
  const pairs = await summary.locator('dt').evaluateAll((terms) => terms.map((term) => [term.textContent ?? '', term.nextElementSibling?.textContent ?? '']));
  const figure = new Map(pairs.map(([label, value]) => [label, Number((value ?? '').replace(/[^\d]/g, ''))]));
  const read = (label: string) => figure.get(label) ?? Number.NaN;
  return {
    Opportunities: read('Opportunities'),
    Active: read('Active'),
    Trips: read('Trips'),
    byType: Object.fromEntries(TYPES.map((type) => [type, read(type)])) as Record<OpportunityType, number>,
  };
}

const DAY_MS = 86_400_000;
export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const startOfUtcDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;
export const concurUtc = (ms: number) => new Date(ms).toISOString().slice(0, 19);

/** The range a user gets from a preset (computed here in UTC, independently of the app). */
export function lastMonthUtc(now = Date.now()): { from: number; to: number } {
  const date = new Date(now);
  return { from: Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1), to: Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) - 1000 };
}

export function daysUtc(firstDayMs: number, days: number): { from: number; to: number } {
  return { from: firstDayMs, to: firstDayMs + days * DAY_MS - 1000 };
}

export { DAY_MS };
