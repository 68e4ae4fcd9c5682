import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useNotifications } from '../../../components/notifications-context';
import { useI18n } from '../../../i18n/i18n-context';
import { downloadFile } from '../../../lib/csv/download-file';
import type { CfdiReading } from '../cfdi/cfdi-types';
import { RAW_DISPLAY_CHARACTERS } from '../cfdi/read-cfdi';

interface RawXmlViewProps {
  raw: string;
  reading: CfdiReading;
  receiptId: string;
  /** Open from the start, e.g. when the document could not be read and the raw text is all there is. */
  defaultExpanded: boolean;
}

/** The document as text in a <pre> (never markup); copy and download give the original, byte for byte. */
export function RawXmlView({ raw, reading, receiptId, defaultExpanded }: RawXmlViewProps) {
  const { t } = useI18n();
  const notify = useNotifications();
  const readable = reading.kind === 'cfdi' || reading.kind === 'not-cfdi';
  const text = readable ? reading.pretty : raw.slice(0, RAW_DISPLAY_CHARACTERS);
  const truncated = !readable && raw.length > RAW_DISPLAY_CHARACTERS;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(raw);
      notify({ severity: 'success', message: t('taxInvoices.raw.copied') });
    } catch {
      notify({ severity: 'error', message: t('taxInvoices.raw.copyFailed') });
    }
  };

  return (
    <Accordion defaultExpanded={defaultExpanded} disableGutters variant="outlined" slotProps={{ transition: { unmountOnExit: true } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography component="h3" variant="subtitle2">{t('taxInvoices.raw.title')}</Typography>
      </AccordionSummary>
      <AccordionDetails>
        <Stack direction="row" sx={{ gap: 1, mb: 1, flexWrap: 'wrap' }}>
          <Button size="small" variant="outlined" onClick={() => void copy()}>{t('taxInvoices.raw.copy')}</Button>
          <Button size="small" variant="outlined" onClick={() => downloadFile(`cfdi-${receiptId.replace(/[^\w.-]+/g, '-')}.xml`, raw, 'application/xml')}>
            {t('taxInvoices.raw.download')}
          </Button>
        </Stack>
        {truncated && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('taxInvoices.raw.truncated', { shown: RAW_DISPLAY_CHARACTERS, total: raw.length })}
          </Typography>
        )}
        <Box
          component="pre"
          tabIndex={0}
          aria-label={t('taxInvoices.raw.title')}
          sx={{ m: 0, p: 1.5, maxHeight: 420, overflow: 'auto', bgcolor: 'action.hover', borderRadius: 1, fontSize: 12, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {text}
        </Box>
      </AccordionDetails>
    </Accordion>
  );
}
