import { memo, type RefObject } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorView } from '../../../components/error-view';
import { useI18n } from '../../../i18n/i18n-context';
import { isConcurError } from '../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../lib/concur/display-message';
import type { TaxInvoicePage } from '../api/tax-invoice-schemas';
import type { RowStatus } from '../queue/row-status';
import type { RowDetail } from '../queue/use-queue-details';
import { QueuePagination } from './queue-pagination';
import { QueueTable } from './queue-table';

interface QueuePaneProps {
  data: TaxInvoicePage | undefined;
  /** The list's latest error: shown instead of the queue when there is no data, as a warning above it otherwise. */
  error: unknown;
  /** The next page is on its way (the previous one stays on screen). */
  busy: boolean;
  onRetry: () => void;
  shownIds: ReadonlySet<string>;
  filtered: boolean;
  page: number;
  limit: number;
  currentId: string | undefined;
  hrefOf: (id: string) => string;
  details: ReadonlyMap<string, RowDetail>;
  statusOf: (id: string) => RowStatus;
  selection: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  onBulk: () => void;
  onPreviousPage: () => void;
  onNextPage: () => void;
  onLimit: (limit: number) => void;
  containerRef: RefObject<HTMLDivElement | null>;
}

/** The queue: this page's invoices (ids first, the rest as each detail arrives), selection for bulk, and paging. */
export const QueuePane = memo(function QueuePane(props: QueuePaneProps) {
  const { data, error, shownIds, filtered, selection } = props;
  const { t } = useI18n();
  const items = data?.Items ?? [];
  const rows = items.filter((item) => shownIds.has(item.ID));
  const indexOf = (id: string) => items.findIndex((item) => item.ID === id);
  const selected = items.filter((item) => selection.has(item.ID)).length;

  let content;
  if (data) {
    if (items.length === 0) content = <Typography sx={{ p: 2 }}>{t('taxInvoices.queue.empty')}</Typography>;
    else {
      content = (
        <>
          {rows.length === 0 && filtered && <Typography sx={{ p: 2 }}>{t('taxInvoices.queue.noneMatch')}</Typography>}
          <QueueTable rows={rows} indexOf={indexOf} hrefOf={props.hrefOf} currentId={props.currentId} selection={selection} onToggle={props.onToggle} onToggleAll={props.onToggleAll} details={props.details} statusOf={props.statusOf} containerRef={props.containerRef} />
        </>
      );
    }
  } else if (error) {
    content = <ErrorView title={t('taxInvoices.queue.loadFailed')} message={toDisplayMessage(error, t)} correlationId={isConcurError(error) ? error.correlationId : undefined} onRetry={props.onRetry} />;
  } else {
    content = (
      <Stack spacing={1} sx={{ p: 2 }} role="status" aria-label={t('taxInvoices.queue.loading')}>
        {Array.from({ length: 6 }, (_, index) => <Skeleton key={index} variant="rounded" height={40} />)}
      </Stack>
    );
  }

  return (
    <Paper variant="outlined" component="section" aria-label={t('taxInvoices.queue.title')}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, px: 2, py: 1, minHeight: 52 }}>
        <Typography variant="subtitle1" component="h2" sx={{ flexGrow: 1 }}>{t('taxInvoices.queue.title')}</Typography>
        <Button variant="outlined" size="small" onClick={props.onBulk} disabled={selected === 0}>
          {t('taxInvoices.bulk.open', { count: selected })}
        </Button>
      </Stack>
      {data && Boolean(error) && <Alert severity="warning" sx={{ mx: 2 }}>{t('taxInvoices.queue.refreshFailed', { reason: toDisplayMessage(error, t) })}</Alert>}
      {content}
      <Stack sx={{ px: 2 }}>
        <QueuePagination page={props.page} limit={props.limit} hasNext={Boolean(data?.NextPage)} busy={props.busy} onPrevious={props.onPreviousPage} onNext={props.onNextPage} onLimit={props.onLimit} />
      </Stack>
    </Paper>
  );
});
