import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { ErrorView } from '../components/error-view';
import { NotFoundPage } from '../components/not-found-page';
import { useI18n } from '../i18n/i18n-context';
import { isConcurError } from '../lib/concur/concur-error';
import { toDisplayMessage } from '../lib/concur/display-message';

/** The routes' error boundary: a translated message, Concur's reference, and Retry (never a stack trace). */
export function RouteErrorView() {
  const error = useRouteError();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const { reset } = useQueryErrorResetBoundary();

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  const retry = () => {
    reset();
    // Navigating to the same place clears the router's error and runs loaders and queries again.
    void navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true });
  };

  return (
    <ErrorView
      title={t('error.title')}
      message={toDisplayMessage(error, t)}
      correlationId={isConcurError(error) ? error.correlationId : undefined}
      onRetry={retry}
    />
  );
}
