import { hashKey, useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useI18n } from '../../../i18n/i18n-context';
import { isConcurError } from '../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../lib/concur/display-message';
import type { OpportunityRequest } from '../api/fetch-opportunities';
import { opportunitiesQueryOptions } from '../api/opportunity-queries';
import { usePagingProgress } from '../api/paging-progress';
import type { ResultsView } from '../model/search-params';
import { PagingProgress } from './paging-progress';
import { useResultsOverview } from './use-results-overview';

interface OpportunityResultsProps {
  request: OpportunityRequest;
  activeOnly: boolean;
  view: ResultsView;
  onViewChange: (change: Partial<ResultsView>) => void;
  /** The user cancelled this query's first load: nothing is fetched until they ask again. */
  cancelled: boolean;
  onCancelled: () => void;
  onLoadAgain: () => void;
}

/** Every page of the query, with progress and Cancel; data first, then error, then loading. */
export function OpportunityResults({ request, activeOnly, view, onViewChange, cancelled, onCancelled, onLoadAgain }: OpportunityResultsProps) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const options = opportunitiesQueryOptions(request);
  const query = useQuery({ ...options, enabled: !cancelled, throwOnError: false });
  const progress = usePagingProgress(hashKey(options.queryKey));
  // Charts and the grid are their own chunk, so the query bar shows without them.
  const ResultsOverview = useResultsOverview();

  const cancel = () => {
    const hadData = query.data !== undefined;
    void queryClient.cancelQueries({ queryKey: options.queryKey });
    // A cancelled refresh keeps the rows already shown; a cancelled first load shows none rather than a partial count.
    if (!hadData) onCancelled();
  };
  const retry = () => void query.refetch();

  if (query.data) {
    const loadedAt = formatDate(new Date(query.dataUpdatedAt), { timeStyle: 'short' });
    return (
      <Stack sx={{ gap: 3 }}>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'flex-end', gap: 2 }}>
          <Typography variant="body2" color="text.secondary" role="status">
            {t('opportunities.loadedAt', { count: query.data.length, time: loadedAt })}
          </Typography>
          <Button startIcon={<RefreshIcon />} onClick={retry} disabled={query.isFetching}>
            {t('opportunities.refresh')}
          </Button>
        </Stack>
        {query.isFetching && <PagingProgress progress={progress} onCancel={cancel} />}
        {query.isError && !query.isFetching && (
          <Alert severity="warning" action={<Button onClick={retry}>{t('error.retry')}</Button>}>
            {t('opportunities.refreshFailed', { time: loadedAt })} {toDisplayMessage(query.error, t)}
          </Alert>
        )}
        {ResultsOverview ? (
          // eslint-disable-next-line react-hooks/static-components -- the module's own export, the same component on every render
          <ResultsOverview rows={query.data} activeOnly={activeOnly} request={request} view={view} onViewChange={onViewChange} />
        ) : (
          <LinearProgress aria-label={t('opportunities.loading.label')} />
        )}
      </Stack>
    );
  }
  if (query.isError) {
    const correlationId = isConcurError(query.error) ? query.error.correlationId : undefined;
    return (
      <Alert severity="error" action={<Button onClick={retry}>{t('error.retry')}</Button>}>
        <AlertTitle>{t('opportunities.loadFailed')}</AlertTitle>
        <Typography sx={{ overflowWrap: 'anywhere' }}>{toDisplayMessage(query.error, t)}</Typography>
        {correlationId && (
          <Typography variant="body2" color="text.secondary">
            {t('error.reference', { id: correlationId })}
          </Typography>
        )}
      </Alert>
    );
  }
  if (cancelled) {
    return (
      <Alert severity="info" action={<Button onClick={onLoadAgain}>{t('opportunities.loadAgain')}</Button>}>
        {t('opportunities.cancelled')}
      </Alert>
    );
  }
  return <PagingProgress progress={progress} onCancel={cancel} />;
}
