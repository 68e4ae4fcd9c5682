import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useI18n } from '../../../i18n/i18n-context';
import type { ChartBuckets } from '../model/chart-buckets';
import { OPPORTUNITY_TYPES, type OpportunityType } from '../model/opportunity-types';

interface ChartDataTableProps {
  id: string;
  buckets: ChartBuckets;
  periodLabel: (start: string) => string;
  onPick: (periodStart: string, type: OpportunityType) => void;
}

/** The chart's numbers as a table; each count is a button doing what clicking its bar does. */
export function ChartDataTable({ id, buckets, periodLabel, onPick }: ChartDataTableProps) {
  const { t, formatNumber } = useI18n();
  return (
    <TableContainer id={id} sx={{ maxHeight: 360, mt: 1 }}>
      <Table size="small" stickyHeader aria-label={t(buckets.size === 'day' ? 'opportunities.chart.titleDay' : 'opportunities.chart.titleWeek')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('opportunities.chart.period')}</TableCell>
            {OPPORTUNITY_TYPES.map((type) => (
              <TableCell key={type} align="right">
                {t(`opportunities.type.${type}`)}
              </TableCell>
            ))}
            <TableCell align="right">{t('opportunities.chart.total')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {buckets.starts.map((start, index) => (
            <TableRow key={start}>
              <TableCell component="th" scope="row">
                {periodLabel(start)}
              </TableCell>
              {OPPORTUNITY_TYPES.map((type) => {
                const count = buckets.counts[type][index] ?? 0;
                return (
                  <TableCell key={type} align="right">
                    {count === 0 ? (
                      formatNumber(0)
                    ) : (
                      <Link
                        component="button"
                        type="button"
                        onClick={() => onPick(start, type)}
                        aria-label={t('opportunities.chart.pick', { count, type: t(`opportunities.type.${type}`), period: periodLabel(start) })}
                      >
                        {formatNumber(count)}
                      </Link>
                    )}
                  </TableCell>
                );
              })}
              <TableCell align="right">{formatNumber(buckets.totals[index] ?? 0)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
