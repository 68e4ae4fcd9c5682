import { APP_STORAGE_PREFIX } from '../../../lib/auth/app-storage';

/** Which columns show and how dense the rows are: a preference per user, kept in localStorage (nothing secret). */
export type Density = 'compact' | 'standard' | 'comfortable';

export interface TablePreferences {
  hiddenColumns: string[];
  density: Density;
}

export const DEFAULT_PREFERENCES: TablePreferences = { hiddenColumns: ['ID'], density: 'standard' };
const DENSITIES: readonly Density[] = ['compact', 'standard', 'comfortable'];

const keyOf = (userId: string) => `${APP_STORAGE_PREFIX}attendee-types:table:${userId}`;

export function loadPreferences(userId: string): TablePreferences {
  try {
    const parsed = JSON.parse(localStorage.getItem(keyOf(userId)) ?? 'null') as Partial<Record<keyof TablePreferences, unknown>> | null;
    if (!parsed || typeof parsed !== 'object') return DEFAULT_PREFERENCES;
    const hidden = Array.isArray(parsed.hiddenColumns) ? parsed.hiddenColumns.filter((field) => typeof field === 'string') : DEFAULT_PREFERENCES.hiddenColumns;
    const density = DENSITIES.find((candidate) => candidate === parsed.density) ?? DEFAULT_PREFERENCES.density;
    return { hiddenColumns: hidden, density };
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

export function savePreferences(userId: string, preferences: TablePreferences): void {
  try {
    localStorage.setItem(keyOf(userId), JSON.stringify(preferences));
  } catch {
    // Storage blocked or full: the choice lasts for this visit only.
  }
}
