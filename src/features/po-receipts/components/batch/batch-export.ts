import { downloadFile } from '../../../../lib/csv/download-file';
import { csvFileName, toCsv } from '../../../../lib/csv/to-csv';
import type { BatchRow } from '../../model/batch-state';
import { CONCUR_NAMES, type ReceiptField } from '../../model/receipt-fields';

interface ExportLabels {
  status: (row: BatchRow) => string;
  failure: (row: BatchRow) => string;
  headers: { status: string; code: string; message: string; reference: string };
  fileName: string;
}

/** The batch and each row's result as CSV; field columns carry Concur's names, so the file can be uploaded again. */
export function exportBatch(rows: readonly BatchRow[], columns: readonly ReceiptField[], labels: ExportLabels): void {
  const header = [...columns.map((field) => CONCUR_NAMES[field]), labels.headers.status, labels.headers.code, labels.headers.message, labels.headers.reference];
  const lines = rows.map((row) => [
    ...columns.map((field) => row.text[field]),
    labels.status(row),
    row.failure?.kind === 'concur' ? row.failure.code : '',
    row.status === 'failed' ? labels.failure(row) : '',
    row.failure?.kind === 'request' ? (row.failure.correlationId ?? '') : '',
  ]);
  downloadFile(csvFileName([labels.fileName]), toCsv(header, lines));
}
