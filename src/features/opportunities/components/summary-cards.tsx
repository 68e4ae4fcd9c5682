import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import { OPPORTUNITY_TYPES, TYPE_COLORS } from '../model/opportunity-types';
import type { ResultSummary } from '../model/summary';

function Stat({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Paper variant="outlined" component="div" sx={{ p: 2, borderTop: color ? `4px solid ${color}` : undefined }}>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="h5" sx={{ m: 0 }}>
        {value}
      </Typography>
    </Paper>
  );
}

/** Total, active, trips and one figure per type, as a description list (label → number). */
export function SummaryCards({ summary }: { summary: ResultSummary }) {
  const { t, formatNumber } = useI18n();
  return (
    <Box component="section" aria-labelledby="opportunities-summary-title">
      <Typography id="opportunities-summary-title" variant="h6" component="h2" gutterBottom>
        {t('opportunities.summary.title')}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: 2, m: 0 }}>
        <Stat label={t('opportunities.summary.total')} value={formatNumber(summary.total)} />
        <Stat label={t('opportunities.summary.active')} value={formatNumber(summary.active)} />
        <Stat label={t('opportunities.summary.trips')} value={formatNumber(summary.trips)} />
        {OPPORTUNITY_TYPES.map((type) => (
          <Stat key={type} label={t(`opportunities.type.${type}`)} value={formatNumber(summary.byType[type])} color={TYPE_COLORS[type]} />
        ))}
      </Box>
    </Box>
  );
}
