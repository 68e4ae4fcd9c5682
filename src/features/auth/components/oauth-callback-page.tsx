import { useLoaderData, useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import { ErrorView } from '../../../components/error-view';
import { signInPath } from '../../../config/route-paths';
import { useI18n } from '../../../i18n/i18n-context';
import { useStartSignIn } from '../api/use-start-sign-in';
import type { CallbackProblem, oauthCallbackLoader } from '../oauth-callback-loader';

/** Shown only when the callback could not sign the user in (success redirects before rendering). */
export function OAuthCallbackPage() {
  const problem: CallbackProblem = useLoaderData<typeof oauthCallbackLoader>();
  const { t } = useI18n();
  const startSignIn = useStartSignIn();
  const navigate = useNavigate();
  const signInAgain = (returnTo?: string) => void navigate(signInPath(returnTo), { replace: true });

  if (problem.kind === 'invalid-link') {
    return (
      <ErrorView
        title={t('callback.invalidLink.title')}
        message={t('callback.invalidLink.description')}
        action={
          <Button variant="contained" onClick={() => signInAgain()}>
            {t('callback.signInAgain')}
          </Button>
        }
      />
    );
  }

  if (problem.kind === 'refused') {
    // Never redirect by itself after a refusal: that is how sign-in loops start.
    return (
      <ErrorView
        title={problem.error === 'access_denied' ? t('callback.denied.title') : t('callback.failed.title')}
        message={problem.description ?? t('callback.denied.noDescription')}
        action={
          <Button variant="contained" loading={startSignIn.isPending || startSignIn.isSuccess} onClick={() => startSignIn.mutate(problem.returnTo)}>
            {t('callback.tryAgain')}
          </Button>
        }
      />
    );
  }

  return (
    <ErrorView
      title={t('callback.failed.title')}
      message={t('callback.failed.description')}
      action={
        <Button variant="contained" onClick={() => signInAgain(problem.returnTo)}>
          {t('callback.signInAgain')}
        </Button>
      }
    />
  );
}
