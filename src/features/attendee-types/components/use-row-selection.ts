import { useCallback, useMemo, useState } from 'react';
import type { GridRowSelectionModel } from '@mui/x-data-grid';
import type { AttendeeType } from '../api/attendee-type-schema';

/**
 * Selected rows across pages: the grid knows only the page on screen, so the rows themselves are kept here (for
 * "Export selected rows") and "select all" (an exclude model) is turned into the rows of this page.
 */
const NO_ROWS: readonly AttendeeType[] = [];

export function useRowSelection(pageRows: readonly AttendeeType[] = NO_ROWS) {
  const [selected, setSelected] = useState<ReadonlyMap<string, AttendeeType>>(new Map());
  const model: GridRowSelectionModel = useMemo(() => ({ type: 'include', ids: new Set(selected.keys()) }), [selected]);

  const onChange = useCallback(
    (next: GridRowSelectionModel) => {
      const onPage = new Map(pageRows.map((row) => [row.ID, row]));
      const kept = [...selected.values()].filter((row) => !onPage.has(row.ID));
      const chosenOnPage =
        next.type === 'include' ? pageRows.filter((row) => next.ids.has(row.ID)) : pageRows.filter((row) => !next.ids.has(row.ID));
      setSelected(new Map([...kept, ...chosenOnPage].map((row) => [row.ID, row])));
    },
    [pageRows, selected],
  );
  const selectedRows = useMemo(() => [...selected.values()], [selected]);

  const forget = useCallback(
    (id: string) =>
      setSelected((current) => {
        if (!current.has(id)) return current;
        const next = new Map(current);
        next.delete(id);
        return next;
      }),
    [],
  );

  return { model, selectedRows, onChange, forget };
}
