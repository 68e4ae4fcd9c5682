import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import type { CfdiConcept } from '../cfdi/cfdi-types';

export function ConceptsTable({ concepts, money }: { concepts: readonly CfdiConcept[]; money: (value: string | undefined) => string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="cfdi-concepts">
      <Typography id="cfdi-concepts" variant="subtitle2" component="h3">
        {t('taxInvoices.detail.concepts')}
      </Typography>
      {/* On a narrow screen the table scrolls sideways in its own box; focusable, so a keyboard can scroll it too. */}
      <TableContainer tabIndex={0} role="group" aria-labelledby="cfdi-concepts">
        <Table size="small" aria-labelledby="cfdi-concepts">
          <TableHead>
            <TableRow>
              <TableCell>{t('taxInvoices.detail.description')}</TableCell>
              <TableCell align="right">{t('taxInvoices.detail.quantity')}</TableCell>
              <TableCell align="right">{t('taxInvoices.detail.unitValue')}</TableCell>
              <TableCell align="right">{t('taxInvoices.detail.amount')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {concepts.map((concept, index) => (
              // Concepts have no id of their own; their order in the document is stable.
              <TableRow key={index}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  {concept.description}
                  {concept.productCode && (
                    <Typography variant="caption" color="text.secondary" component="div">
                      {t('taxInvoices.detail.productCode', { code: concept.productCode })}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">{[concept.quantity, concept.unit].filter(Boolean).join(' ')}</TableCell>
                <TableCell align="right">{money(concept.unitValue)}</TableCell>
                <TableCell align="right">{money(concept.amount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </section>
  );
}
