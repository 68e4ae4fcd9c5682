import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { APP_STORAGE_PREFIX } from '../../../lib/auth/app-storage';
import { routePaths } from '../../../config/route-paths';

/** Marks a detail opened from the table, so closing it goes back in history instead of stacking another table entry. */
export const DetailLinkState = { fromTable: true } as const;

const RETURN_KEY = `${APP_STORAGE_PREFIX}attendee-types:return`;

export interface ReturnPoint {
  rowId: string;
  scrollY: number;
}

export const detailPath = (id: string, search: string) => `${routePaths.attendeeTypes}/${encodeURIComponent(id)}${search}`;

/** Where the user was in the table, for when they come back from the detail (a page on small screens). */
export function rememberReturnPoint(rowId: string): void {
  try {
    sessionStorage.setItem(RETURN_KEY, JSON.stringify({ rowId, scrollY: window.scrollY } satisfies ReturnPoint));
  } catch {
    // Storage blocked: coming back starts at the top of the table.
  }
}

export function takeReturnPoint(): ReturnPoint | undefined {
  const raw = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  try {
    const parsed = JSON.parse(raw ?? 'null') as Partial<ReturnPoint> | null;
    if (parsed && typeof parsed.rowId === 'string' && typeof parsed.scrollY === 'number') return { rowId: parsed.rowId, scrollY: parsed.scrollY };
  } catch {
    // fall through
  }
  return undefined;
}

/** Back to the table with the same view (page, size, search, sort) the detail was opened from. */
export function useCloseDetail(): () => void {
  const location = useLocation();
  const navigate = useNavigate();
  return useCallback(() => {
    const state = location.state as { fromTable?: boolean } | null;
    if (state?.fromTable) void navigate(-1);
    else void navigate({ pathname: routePaths.attendeeTypes, search: location.search }, { replace: true });
  }, [location, navigate]);
}
