import { memo, useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { ErrorView } from '../../../components/error-view';
import { useI18n } from '../../../i18n/i18n-context';
import { isConcurError } from '../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../lib/concur/display-message';
import { taxInvoiceDetailOptions } from '../api/tax-invoice-queries';
import type { TaxInvoiceDetail } from '../api/tax-invoice-schemas';
import { readInvoiceDocument } from '../cfdi/read-cfdi';
import type { DecisionQueue, NewDecision, QueuedDecision } from '../decisions/decision-queue';
import { DecisionBar, type DecisionBarHandle } from './decision-bar';
import { InvoiceHeader } from './invoice-header';
import { InvoiceRecord } from './invoice-record';
import { InvoiceSummary } from './invoice-summary';
import { RawXmlView } from './raw-xml-view';
import { UnreadableInvoice } from './unreadable-invoice';

interface InvoiceDetailPaneProps {
  invoiceId: string;
  /** The receipt id from the queue, shown while the detail loads. */
  knownReceiptId: string | undefined;
  queue: DecisionQueue;
  latest: QueuedDecision | undefined;
  decisionBar: Ref<DecisionBarHandle>;
  onDecide: (decision: NewDecision) => void;
  onDrop: (decision: QueuedDecision) => void;
  navigation: { onPrevious: () => void; onNext: () => void; position: string | undefined };
  backToQueue: string | undefined;
  /** Bumped by Undo so the decision bar reloads its restored draft. */
  restoreCount: number;
}

/** The invoice itself; it renders again only when its detail changes, not on every decision of the session. */
const InvoiceDocument = memo(function InvoiceDocument({ detail, invoiceId }: { detail: TaxInvoiceDetail; invoiceId: string }) {
  const reading = readInvoiceDocument(detail);
  const receiptId = detail.ConcurReceiptID ?? invoiceId;
  return (
    <Stack spacing={2}>
      <InvoiceRecord detail={detail} />
      {reading.kind === 'cfdi' ? <InvoiceSummary cfdi={reading.cfdi} /> : <UnreadableInvoice reading={reading} />}
      <RawXmlView raw={detail.ReceiptData ?? ''} reading={reading} receiptId={receiptId} defaultExpanded={reading.kind !== 'cfdi'} />
    </Stack>
  );
});

/** The selected invoice: header with Previous/Next, the decision bar, then the CFDI and its raw XML. */
export function InvoiceDetailPane({ invoiceId, knownReceiptId, queue, latest, decisionBar, onDecide, onDrop, navigation, backToQueue, restoreCount }: InvoiceDetailPaneProps) {
  const { t } = useI18n();
  const detail = useQuery(taxInvoiceDetailOptions(invoiceId));
  // What the admin saw when the invoice opened; a background refetch must not move the conflict check's baseline.
  // A restore (Undo, "Don't send") starts again from what is on screen now.
  const [opened, setOpened] = useState<{ id: string; restoreCount: number; detail: TaxInvoiceDetail } | undefined>(undefined);
  if (detail.data && (opened?.id !== invoiceId || opened.restoreCount !== restoreCount)) setOpened({ id: invoiceId, restoreCount, detail: detail.data });
  const receiptId = detail.data?.ConcurReceiptID ?? knownReceiptId ?? invoiceId;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ready = Boolean(detail.data) && opened?.id === invoiceId;

  useEffect(() => {
    // Moving to another invoice (j/k, auto-advance) puts focus on its heading, for screen readers and the keyboard.
    if (headingRef.current && !headingRef.current.contains(document.activeElement)) headingRef.current.focus({ preventScroll: true });
  }, [invoiceId]);

  const header = <InvoiceHeader headingRef={headingRef} receiptId={receiptId} navigation={navigation} backToQueue={backToQueue} />;

  let body: ReactNode;
  if (detail.data && opened?.id === invoiceId) {
    body = (
      <>
        {detail.isError && <Alert severity="warning">{t('taxInvoices.detail.refreshFailed', { reason: toDisplayMessage(detail.error, t) })}</Alert>}
        <DecisionBar
          key={`${invoiceId}:${restoreCount}`}
          ref={decisionBar}
          invoiceId={invoiceId}
          receiptId={receiptId}
          opened={opened.detail}
          queue={queue}
          latest={latest}
          onDecide={onDecide}
          onDrop={onDrop}
        />
        <InvoiceDocument detail={detail.data} invoiceId={invoiceId} />
      </>
    );
  } else if (detail.isError) {
    body = (
      <ErrorView
        title={t('taxInvoices.detail.loadFailed')}
        message={toDisplayMessage(detail.error, t)}
        correlationId={isConcurError(detail.error) ? detail.error.correlationId : undefined}
        onRetry={() => void detail.refetch()}
      />
    );
  } else {
    body = (
      <Stack spacing={1} role="status" aria-label={t('taxInvoices.detail.loading')}>
        <Skeleton variant="rounded" height={160} />
        <Skeleton variant="rounded" height={240} />
      </Stack>
    );
  }

  return (
    <Stack component="article" aria-labelledby="invoice-heading" aria-busy={!ready} data-invoice-id={invoiceId} spacing={2}>
      {header}
      {body}
    </Stack>
  );
}
