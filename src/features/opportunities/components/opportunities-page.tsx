import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import { PageContainer } from '../../../components/page-container';
import { opportunitiesQueryOptions } from '../api/opportunity-queries';
import { useI18n } from '../../../i18n/i18n-context';
import { presetRange } from '../model/presets';
import { checkQuery, defaultDraft, type QueryDraft, type QueryErrors } from '../model/query-draft';
import { queryPart, readQuery, readView, toSearch, writeQuery, writeView, type ResultsView } from '../model/search-params';
import { CopyLinkButton } from './copy-link-button';
import { OpportunityResults } from './opportunity-results';
import { QueryBar } from './query-bar';
import { loadResultsOverview } from './use-results-overview';

/** `/opportunities`: the URL is the query (ISO UTC instants, mode, trip, types, active only) and the view of its results. */
export function OpportunitiesPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const [fallback] = useState(() => defaultDraft(presetRange('last7', Date.now())));
  const [cancelledQuery, setCancelledQuery] = useState<string>();
  const query = queryPart(searchParams);
  const urlQuery = useMemo(() => readQuery(new URLSearchParams(query), fallback), [query, fallback]);
  const check = useMemo(() => checkQuery(urlQuery.draft), [urlQuery]);
  const urlErrors = useMemo<QueryErrors>(
    () => (urlQuery.present ? { ...(check.ok ? {} : check.errors), ...urlQuery.linkErrors } : {}),
    [urlQuery, check],
  );
  const request = urlQuery.present && check.ok && Object.keys(urlErrors).length === 0 ? check.request : undefined;
  const view = useMemo(() => readView(searchParams), [searchParams]);
  useEffect(() => {
    void loadResultsOverview();
  }, []);

  const search = (draft: QueryDraft) => {
    const next = writeQuery(draft);
    // The first page is asked for at the click, while the screen re-renders for the new URL.
    const checked = checkQuery(draft);
    if (checked.ok) void queryClient.prefetchQuery(opportunitiesQueryOptions(checked.request));
    // Searching again for a cancelled query loads it again; any other query is a new history entry.
    setCancelledQuery(undefined);
    if (next.toString() !== query) void navigate({ search: toSearch(next) });
  };
  // Two changes can come before the first one re-renders (sort, then at once the next page): each builds on the one before.
  const latestView = useRef(view);
  useEffect(() => {
    latestView.current = view;
  }, [view]);
  const changeView = (change: Partial<ResultsView>) => {
    latestView.current = { ...latestView.current, ...change };
    void navigate({ search: toSearch(writeView(searchParams, latestView.current)) }, { replace: true });
  };

  return (
    <PageContainer title={t('area.opportunities.title')} description={t('area.opportunities.description')} actions={<CopyLinkButton />}>
      <QueryBar urlDraft={urlQuery.draft} urlErrors={urlErrors} queryKey={query} onSearch={search} />
      {!urlQuery.present && <Alert severity="info">{t('opportunities.prompt')}</Alert>}
      {urlQuery.present && !request && <Alert severity="warning">{t('opportunities.invalidQuery')}</Alert>}
      {request && (
        <OpportunityResults
          request={request}
          activeOnly={urlQuery.draft.activeOnly}
          view={view}
          onViewChange={changeView}
          cancelled={cancelledQuery === query}
          onCancelled={() => setCancelledQuery(query)}
          onLoadAgain={() => setCancelledQuery(undefined)}
        />
      )}
    </PageContainer>
  );
}
