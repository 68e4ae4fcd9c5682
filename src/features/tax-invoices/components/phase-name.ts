import { useI18n } from '../../../i18n/i18n-context';
import type { DecisionPhase } from '../decisions/decision-queue';

export function usePhaseName() {
  const { t } = useI18n();
  return (phase: DecisionPhase) =>
    ({
      waiting: t('taxInvoices.phase.waiting'),
      checking: t('taxInvoices.phase.sending'),
      sending: t('taxInvoices.phase.sending'),
      sent: t('taxInvoices.phase.sent'),
      failed: t('taxInvoices.phase.failed'),
      conflict: t('taxInvoices.phase.conflict'),
      undone: t('taxInvoices.phase.undone'),
      replaced: t('taxInvoices.phase.replaced'),
      interrupted: t('taxInvoices.phase.interrupted'),
      unsent: t('taxInvoices.phase.unsent'),
    })[phase];
}
