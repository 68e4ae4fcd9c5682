import { useCallback, useMemo, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { ShortcutsDialog, useShortcuts } from '../../../components/keyboard-shortcuts';
import { PageContainer } from '../../../components/page-container';
import { useI18n } from '../../../i18n/i18n-context';
import { useSignedInSession } from '../../../lib/auth/signed-in-session';
import { taxInvoiceKeys } from '../api/tax-invoice-queries';
import type { TaxInvoiceDetail } from '../api/tax-invoice-schemas';
import { decisionQueueDefaults } from '../decisions/decision-queue-registry';
import { useDecisionQueue, useQueuedDecisions } from '../decisions/use-decision-queue';
import { firstPage, parseQueueSearch, queuePath, type StatusFilter } from '../queue/queue-search';
import { useInvoiceNavigation } from '../queue/use-invoice-navigation';
import { BulkDialog } from './bulk-dialog';
import type { DecisionBarHandle } from './decision-bar';
import { DecisionToasts } from './decision-toasts';
import { InvoiceDetailPane } from './invoice-detail-pane';
import { ProgressLine } from './progress-line';
import { QueueFilters } from './queue-filters';
import { QueuePane } from './queue-pane';
import { SessionLogDrawer } from './session-log-drawer';
import { useAutoAdvance } from './use-auto-advance';
import { useQueuePaging } from './use-queue-paging';
import { useReviewActions } from './use-review-actions';
import { useReviewQueue } from './use-review-queue';
import { useReviewShortcuts } from './use-review-shortcuts';

export function TaxInvoicesPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { id: currentId } = useParams();
  const [searchParams] = useSearchParams();
  const searchKey = searchParams.toString();
  const { search, invalidModifiedAfter } = useMemo(() => parseQueueSearch(new URLSearchParams(searchKey)), [searchKey]);
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('md'), { noSsr: true });
  const { user } = useSignedInSession();
  const queue = useDecisionQueue();
  const decisions = useQueuedDecisions(queue);
  const review = useReviewQueue(search, currentId, decisions);
  const navigation = useInvoiceNavigation({ search, ids: review.ids, nextPage: review.list.data?.NextPage, currentId, matches: review.matches, needsDetails: review.filtered });
  const actions = useReviewActions({ queue, search, currentId, navigation });
  const [autoAdvance, setAutoAdvance] = useAutoAdvance(user.id);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [panel, setPanel] = useState<'bulk' | 'log' | 'shortcuts' | null>(null);
  const decisionBar = useRef<DecisionBarHandle>(null);
  const shortcuts = useReviewShortcuts({ next: () => actions.step('next'), previous: () => actions.step('previous'), undo: actions.undoLatest, showShortcuts: () => setPanel('shortcuts'), decisionBar });
  useShortcuts(shortcuts, panel === null);

  const { go } = actions;
  const changeModifiedAfter = useCallback((modifiedAfter: string | undefined) => go(firstPage({ ...search, modifiedAfter })), [go, search]);
  const changeStatus = useCallback((status: StatusFilter) => go({ ...search, status }), [go, search]);
  const paging = useQueuePaging(search, review.list.data?.NextPage, go);
  const toggle = useCallback((id: string) => setSelection((current) => new Set(current.has(id) ? [...current].filter((other) => other !== id) : [...current, id])), []);
  const { ids } = review;
  const toggleAll = useCallback(() => setSelection((current) => (ids.every((id) => current.has(id)) ? new Set() : new Set(ids))), [ids]);
  const openBulk = useCallback(() => setPanel('bulk'), []);
  const index = currentId ? review.ids.indexOf(currentId) : -1;
  const latest = currentId ? decisions.filter((decision) => decision.invoiceId === currentId).at(-1) : undefined;
  const showQueue = wide || !currentId;
  const showDetail = wide || Boolean(currentId);

  return (
    <PageContainer
      title={t('area.taxInvoices.title')}
      description={t('area.taxInvoices.description')}
      actions={
        <>
          <Button variant="outlined" onClick={() => setPanel('log')}>{t('taxInvoices.log.open', { count: decisions.length })}</Button>
          <Button onClick={() => setPanel('shortcuts')}>{t('taxInvoices.shortcuts.open')}&nbsp;<kbd aria-hidden="true">?</kbd></Button>
        </>
      }
    >
      <QueueFilters
        modifiedAfter={search.modifiedAfter}
        invalidModifiedAfter={invalidModifiedAfter}
        status={search.status}
        loadedCount={review.progress.loaded}
        rowCount={review.progress.total}
        onModifiedAfter={changeModifiedAfter}
        onStatus={changeStatus}
      />
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <ProgressLine decided={review.progress.decided} total={review.progress.total} invalid={review.progress.invalid} />
        <FormControlLabel sx={{ ml: 'auto' }} control={<Switch checked={autoAdvance} onChange={(event) => setAutoAdvance(event.target.checked)} />} label={t('taxInvoices.flow.autoAdvance')} />
      </Stack>
      <Grid container spacing={2}>
        {showQueue && (
          <Grid size={{ xs: 12, md: 5 }}>
            <QueuePane
              data={review.list.data}
              error={review.list.error}
              busy={review.list.isPlaceholderData}
              onRetry={review.list.refetch}
              shownIds={review.shownIds}
              filtered={review.filtered}
              page={search.page}
              limit={search.limit}
              currentId={currentId}
              hrefOf={paging.hrefOf}
              details={review.details}
              statusOf={review.statusOf}
              selection={selection}
              onToggle={toggle}
              onToggleAll={toggleAll}
              onBulk={openBulk}
              onPreviousPage={paging.previous}
              onNextPage={paging.next}
              onLimit={paging.changeLimit}
              containerRef={review.containerRef}
            />
          </Grid>
        )}
        {showDetail && (
          <Grid size={{ xs: 12, md: 7 }}>
            {currentId ? (
              <InvoiceDetailPane
                invoiceId={currentId}
                knownReceiptId={review.items.find((item) => item.ID === currentId)?.ConcurReceiptID}
                queue={queue}
                latest={latest}
                decisionBar={decisionBar}
                onDecide={(decision) => actions.decide(decision, autoAdvance)}
                onDrop={actions.drop}
                navigation={{
                  onPrevious: () => actions.step('previous'),
                  onNext: () => actions.step('next'),
                  position: index >= 0 ? t('taxInvoices.detail.position', { index: index + 1, count: review.ids.length, page: search.page }) : undefined,
                }}
                backToQueue={wide ? undefined : queuePath(search)}
                restoreCount={actions.restoreCount}
              />
            ) : (
              <Typography color="text.secondary" sx={{ p: 2 }}>{t('taxInvoices.detail.none')}</Typography>
            )}
          </Grid>
        )}
      </Grid>
      <DecisionToasts queue={queue} decisions={decisions} windowMs={decisionQueueDefaults.windowMs} onUndo={actions.undo} onOpen={actions.open} onDrop={actions.drop} />
      {panel === 'bulk' && (
        <BulkDialog
          targets={review.items.filter((item) => selection.has(item.ID)).map((item) => ({ id: item.ID, receiptId: item.ConcurReceiptID }))}
          queue={queue}
          decisions={decisions}
          baselineOf={(id) => queryClient.getQueryData<TaxInvoiceDetail>(taxInvoiceKeys.detail(id))}
          onClose={(finished) => {
            setPanel(null);
            if (finished) setSelection(new Set());
          }}
        />
      )}
      <SessionLogDrawer open={panel === 'log'} onClose={() => setPanel(null)} decisions={decisions} />
      <ShortcutsDialog open={panel === 'shortcuts'} onClose={() => setPanel(null)} shortcuts={shortcuts} />
    </PageContainer>
  );
}
