import { useEffect, useRef, useState, type RefObject } from 'react';
import type { GridApi } from '@mui/x-data-grid';
import { useI18n } from '../../../i18n/i18n-context';
import { collectPages, type CollectProgress } from '../../../lib/concur/collect-pages';
import { downloadFile } from '../../../lib/csv/download-file';
import { csvFileName, toCsv } from '../../../lib/csv/to-csv';
import { fetchAttendeeTypesPage } from '../api/attendee-type-requests';
import type { AttendeeType } from '../api/attendee-type-schema';
import { visibleRows } from '../view/rows';
import type { TableView } from '../view/table-view';
import { cellText } from './attendee-type-columns';

export type ExportScope = 'page' | 'selected' | 'all';

export type ExportState =
  | { status: 'idle' }
  | { status: 'walking'; progress: CollectProgress }
  | { status: 'cancelled' }
  | { status: 'failed'; error: unknown };

/** Concur's largest page, so "all" takes as few requests as possible. */
const WALK_PAGE_SIZE = 100;
const NOT_EXPORTED = new Set(['__check__', 'actions']);

interface ExportSource {
  view: TableView;
  pageRows: readonly AttendeeType[];
  selectedRows: readonly AttendeeType[];
  apiRef: RefObject<GridApi | null>;
}

/** Builds the CSV of a scope: visible columns in on-screen order, cells as the table shows them, named after the view. */
export function useCsvExport({ view, pageRows, selectedRows, apiRef }: ExportSource) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);
  // Leaving the page stops a walk nobody waits for any more.
  useEffect(() => () => running.current?.abort(), []);

  const write = (scope: ExportScope, rows: readonly AttendeeType[]) => {
    const columns = (apiRef.current?.getVisibleColumns() ?? []).filter((column) => !NOT_EXPORTED.has(column.field));
    const csv = toCsv(
      columns.map((column) => column.headerName ?? column.field),
      rows.map((row) => columns.map((column) => cellText(row, column.field, t))),
    );
    const scopePart = scope === 'page' ? `page-${view.page}` : scope === 'selected' ? `selected-${rows.length}` : 'all';
    const sortPart = view.sort ? `sort-${view.sort.field}-${view.sort.direction}` : '';
    const fileName = csvFileName(['attendee-types', scopePart, view.q ? `search-${view.q}` : '', sortPart]);
    downloadFile(fileName, csv);
    return { fileName, count: rows.length };
  };

  /** Resolves with what was written, or undefined when cancelled or failed (the state says which). */
  const run = async (scope: ExportScope): Promise<{ fileName: string; count: number } | undefined> => {
    if (scope === 'page') return write(scope, pageRows);
    if (scope === 'selected') return write(scope, visibleRows(selectedRows, '', view.sort, locale));
    const controller = new AbortController();
    running.current = controller;
    setState({ status: 'walking', progress: { pages: 0, items: 0 } });
    try {
      const all = await collectPages((offset, signal) => fetchAttendeeTypesPage({ limit: WALK_PAGE_SIZE, offset }, signal), {
        signal: controller.signal,
        onPage: (progress) => setState({ status: 'walking', progress }),
      });
      setState({ status: 'idle' });
      return write(scope, visibleRows(all, view.q, view.sort, locale));
    } catch (error) {
      setState(controller.signal.aborted ? { status: 'cancelled' } : { status: 'failed', error });
      return undefined;
    } finally {
      running.current = null;
    }
  };

  const cancel = () => running.current?.abort();
  const reset = () => {
    cancel();
    setState({ status: 'idle' });
  };

  return { state, run, cancel, reset };
}
