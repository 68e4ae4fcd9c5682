import { useEffect, type RefObject } from 'react';
import type { GridApi } from '@mui/x-data-grid';
import type { AttendeeType } from '../api/attendee-type-schema';
import { takeReturnPoint } from './detail-navigation';

const ATTEMPTS = 30;

/**
 * Back from a detail: the scroll position and the focus on the row the user came from. On wide screens the table never
 * left, so only focus needs help; on small screens it was re-created and the page grows as the grid lays out.
 */
export function useReturnFocus(apiRef: RefObject<GridApi | null>, rows: readonly AttendeeType[] | undefined, detailOpen: boolean) {
  useEffect(() => {
    if (detailOpen || !rows) return undefined;
    const point = takeReturnPoint();
    if (!point) return undefined;
    let frame = 0;
    let attempts = 0;
    const restore = () => {
      attempts += 1;
      if (Math.abs(window.scrollY - point.scrollY) > 1) window.scrollTo(0, point.scrollY);
      const cell = rows.some((row) => row.ID === point.rowId) ? apiRef.current?.getCellElement(point.rowId, 'Name') : undefined;
      if (cell) {
        apiRef.current?.setCellFocus(point.rowId, 'Name');
        (cell.querySelector<HTMLElement>('a') ?? cell).focus({ preventScroll: true });
      }
      const settled = Math.abs(window.scrollY - point.scrollY) <= 1 && (cell || !rows.some((row) => row.ID === point.rowId));
      if (!settled && attempts < ATTEMPTS) frame = requestAnimationFrame(restore);
    };
    frame = requestAnimationFrame(restore);
    return () => cancelAnimationFrame(frame);
  }, [apiRef, rows, detailOpen]);
}
