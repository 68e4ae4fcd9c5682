import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import type { Cfdi } from '../cfdi/cfdi-types';
import { ConceptsTable } from './concepts-table';
import { FieldList } from './field-list';
import { formatAmount, formatWallTime } from './format';

/** The CFDI's content, every value rendered as text. */
export function InvoiceSummary({ cfdi }: { cfdi: Cfdi }) {
  const { t, formatNumber, formatDate } = useI18n();
  const money = (value: string | undefined) => formatAmount(value, cfdi.currency, formatNumber);
  const local = (value: string | undefined) => (value ? t('taxInvoices.detail.localTime', { time: formatWallTime(value, formatDate) }) : undefined);

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 3 }}>
        <Box component="section" aria-labelledby="cfdi-issuer" sx={{ flex: 1 }}>
          <Typography id="cfdi-issuer" variant="subtitle2" component="h3">{t('taxInvoices.detail.issuer')}</Typography>
          <FieldList
            fields={[
              { label: t('taxInvoices.detail.name'), value: cfdi.issuer.name },
              { label: t('taxInvoices.detail.rfc'), value: cfdi.issuer.rfc },
              { label: t('taxInvoices.detail.taxRegime'), value: cfdi.issuer.taxRegime },
            ]}
          />
        </Box>
        <Box component="section" aria-labelledby="cfdi-receiver" sx={{ flex: 1 }}>
          <Typography id="cfdi-receiver" variant="subtitle2" component="h3">{t('taxInvoices.detail.receiver')}</Typography>
          <FieldList
            fields={[
              { label: t('taxInvoices.detail.name'), value: cfdi.receiver.name },
              { label: t('taxInvoices.detail.rfc'), value: cfdi.receiver.rfc },
              { label: t('taxInvoices.detail.cfdiUse'), value: cfdi.receiver.cfdiUse },
            ]}
          />
        </Box>
      </Stack>
      <section aria-labelledby="cfdi-amounts">
        <Typography id="cfdi-amounts" variant="subtitle2" component="h3">{t('taxInvoices.detail.amounts')}</Typography>
        <FieldList
          fields={[
            { label: t('taxInvoices.detail.date'), value: local(cfdi.date) },
            { label: t('taxInvoices.detail.seriesFolio'), value: [cfdi.series, cfdi.folio].filter(Boolean).join(' ') },
            { label: t('taxInvoices.detail.subtotal'), value: money(cfdi.subtotal) },
            { label: t('taxInvoices.detail.discount'), value: money(cfdi.discount) },
            { label: t('taxInvoices.detail.taxes'), value: money(cfdi.transferredTaxTotal) },
            { label: t('taxInvoices.detail.withheld'), value: money(cfdi.withheldTaxTotal) },
            { label: t('taxInvoices.detail.total'), value: money(cfdi.total) },
            { label: t('taxInvoices.detail.currency'), value: cfdi.currency },
            { label: t('taxInvoices.detail.exchangeRate'), value: cfdi.exchangeRate },
            { label: t('taxInvoices.detail.payment'), value: [cfdi.paymentMethod, cfdi.paymentForm].filter(Boolean).join(' · ') },
          ]}
        />
      </section>
      <ConceptsTable concepts={cfdi.concepts} money={money} />
      <section aria-labelledby="cfdi-stamp">
        <Typography id="cfdi-stamp" variant="subtitle2" component="h3">{t('taxInvoices.detail.stamp')}</Typography>
        {cfdi.stamp ? (
          <FieldList
            fields={[
              { label: t('taxInvoices.detail.uuid'), value: cfdi.stamp.uuid },
              { label: t('taxInvoices.detail.stampedAt'), value: local(cfdi.stamp.stampedAt) },
              { label: t('taxInvoices.detail.certifier'), value: cfdi.stamp.certifierRfc },
            ]}
          />
        ) : (
          <Typography variant="body2" color="warning.main">{t('taxInvoices.detail.noStamp')}</Typography>
        )}
      </section>
    </Stack>
  );
}
