import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import { isConcurError } from '../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../lib/concur/display-message';
import type { QueuedDecision } from '../decisions/decision-queue';

const FINISHED = ['sent', 'failed', 'conflict'];

/** The bulk's progress bar and one line per invoice: saved, failed with the reason, or changed in Concur. */
export function BulkResults({ entries }: { entries: readonly QueuedDecision[] }) {
  const { t } = useI18n();
  const done = entries.filter((entry) => FINISHED.includes(entry.phase)).length;
  const saved = entries.filter((entry) => entry.phase === 'sent').length;
  const failed = entries.filter((entry) => entry.phase === 'failed' || entry.phase === 'conflict').length;

  const result = (entry: QueuedDecision) => {
    switch (entry.phase) {
      case 'sent':
        return t('taxInvoices.bulk.saved');
      case 'failed': {
        const reference = isConcurError(entry.error) && entry.error.correlationId ? ` ${t('error.reference', { id: entry.error.correlationId })}` : '';
        return `${t('taxInvoices.bulk.failed', { reason: toDisplayMessage(entry.error, t) })}${reference}`;
      }
      case 'conflict':
        return t('taxInvoices.bulk.changed', { fields: (entry.changes ?? []).map((change) => change.field).join(', ') });
      default:
        return t('taxInvoices.bulk.sending');
    }
  };

  return (
    <Box>
      <Typography id="bulk-progress-label" variant="body2" aria-live="polite">
        {t('taxInvoices.bulk.progress', { done, total: entries.length, saved, failed })}
      </Typography>
      <LinearProgress variant="determinate" value={entries.length ? (done * 100) / entries.length : 0} aria-labelledby="bulk-progress-label" sx={{ my: 1 }} />
      <List dense aria-label={t('taxInvoices.bulk.results')}>
        {entries.map((entry) => (
          <ListItem key={entry.key} disableGutters>
            <ListItemText
              primary={entry.receiptId}
              secondary={result(entry)}
              slotProps={{ secondary: { color: entry.phase === 'failed' || entry.phase === 'conflict' ? 'error' : 'text.secondary' } }}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
