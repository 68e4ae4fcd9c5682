import { useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { useI18n } from '../../../i18n/i18n-context';
import type { OpportunityRequest } from '../api/fetch-opportunities';
import type { Opportunity } from '../api/opportunity-schema';
import { buildBuckets } from '../model/chart-buckets';
import type { ResultsView } from '../model/search-params';
import { summarize } from '../model/summary';
import { tripsOf } from '../model/trips';
import { utcDayKey } from '../model/utc-days';
import { OpportunityChart } from './opportunity-chart';
import { OpportunityTable } from './opportunity-table';
import { SummaryCards } from './summary-cards';
import { TripTimeline } from './trip-timeline';

interface ResultsOverviewProps {
  rows: readonly Opportunity[];
  activeOnly: boolean;
  request: OpportunityRequest;
  view: ResultsView;
  onViewChange: (change: Partial<ResultsView>) => void;
}

/** Summary, chart, timeline and table of one answer; each derived once per answer, not per render. */
export function ResultsOverview({ rows, activeOnly, request, view, onViewChange }: ResultsOverviewProps) {
  const { t } = useI18n();
  const shown = useMemo(() => (activeOnly ? rows.filter((row) => row.isActive) : rows), [rows, activeOnly]);
  const summary = useMemo(() => summarize(shown), [shown]);
  const firstDay = request.kind === 'range' ? utcDayKey(Date.parse(request.fromUtc)) : undefined;
  const lastDay = request.kind === 'range' ? utcDayKey(Date.parse(request.toUtc)) : undefined;
  const buckets = useMemo(
    () => buildBuckets(shown, firstDay && lastDay ? { firstDay, lastDay } : undefined),
    [shown, firstDay, lastDay],
  );
  const trips = useMemo(() => tripsOf(shown), [shown]);

  return (
    <Stack sx={{ gap: 4 }}>
      <SummaryCards summary={summary} />
      {shown.length === 0 || !buckets ? (
        <Alert severity="info">{t('opportunities.empty')}</Alert>
      ) : (
        <>
          <OpportunityChart buckets={buckets} onPick={(period, type) => onViewChange({ period, tableType: type, page: 0 })} />
          <TripTimeline trips={trips} />
          <OpportunityTable rows={shown} periodSize={buckets.size} view={view} onViewChange={onViewChange} request={request} />
        </>
      )}
    </Stack>
  );
}
