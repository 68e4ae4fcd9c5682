import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { useI18n } from '../../../i18n/i18n-context';
import { periodEnd, type ChartBuckets } from '../model/chart-buckets';
import { isOpportunityType, OPPORTUNITY_TYPES, TYPE_COLORS, type OpportunityType } from '../model/opportunity-types';
import { dayKeyMs } from '../model/utc-days';
import { ChartDataTable } from './chart-data-table';
import { useDateFormats } from './use-date-formats';

interface OpportunityChartProps {
  buckets: ChartBuckets;
  /** A bar (or a count in the data table) was chosen: show that period and type in the table. */
  onPick: (periodStart: string, type: OpportunityType) => void;
}

/** Stacked bars per day or week and type, with a caption and an optional data table as its text alternative. */
export function OpportunityChart({ buckets, onPick }: OpportunityChartProps) {
  const { t } = useI18n();
  const formats = useDateFormats();
  const titleId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const periodLabel = (start: string) =>
    buckets.size === 'day' ? formats.day(dayKeyMs(start)) : t('opportunities.chart.weekOf', { date: formats.day(dayKeyMs(start)) });

  const total = buckets.totals.reduce((sum, count) => sum + count, 0);
  const busiest = buckets.totals.reduce((best, count, index) => (count > (buckets.totals[best] ?? 0) ? index : best), 0);
  const first = buckets.starts[0] ?? '';
  const last = buckets.starts.at(-1) ?? '';
  const caption = t(buckets.size === 'day' ? 'opportunities.chart.captionDay' : 'opportunities.chart.captionWeek', {
    count: total,
    first: formats.day(dayKeyMs(first)),
    last: formats.day(dayKeyMs(periodEnd(last, buckets.size))),
    busiest: periodLabel(buckets.starts[busiest] ?? first),
    busiestCount: buckets.totals[busiest] ?? 0,
  });

  return (
    <Box component="section" aria-labelledby={titleId}>
      <Typography id={titleId} variant="h6" component="h2">
        {t(buckets.size === 'day' ? 'opportunities.chart.titleDay' : 'opportunities.chart.titleWeek')}
      </Typography>
      <Box component="figure" sx={{ m: 0 }}>
        <BarChart
          height={320}
          skipAnimation
          series={OPPORTUNITY_TYPES.map((type) => ({ id: type, label: t(`opportunities.type.${type}`), data: buckets.counts[type], stack: 'total', color: TYPE_COLORS[type] }))}
          xAxis={[
            {
              scaleType: 'band',
              data: buckets.starts,
              label: t('opportunities.chart.axis'),
              valueFormatter: (start: string, context) => (context.location === 'tick' ? formats.shortDay(dayKeyMs(start)) : periodLabel(start)),
            },
          ]}
          yAxis={[{ tickMinStep: 1 }]}
          onItemClick={(_event, item) => {
            const start = buckets.starts[item.dataIndex];
            const type = String(item.seriesId);
            if (start && isOpportunityType(type)) onPick(start, type);
          }}
        />
        <Typography component="figcaption" variant="body2" color="text.secondary">
          {caption} {t('opportunities.chart.clickHint')}
        </Typography>
      </Box>
      <Button sx={{ mt: 1 }} aria-expanded={showTable} aria-controls={showTable ? tableId : undefined} onClick={() => setShowTable((shown) => !shown)}>
        {showTable ? t('opportunities.chart.hideData') : t('opportunities.chart.showData')}
      </Button>
      {showTable && <ChartDataTable id={tableId} buckets={buckets} periodLabel={periodLabel} onPick={onPick} />}
    </Box>
  );
}
