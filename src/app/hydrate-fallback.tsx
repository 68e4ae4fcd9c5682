import { FullPageProgress } from '../components/full-page-progress';
import { useI18n } from '../i18n/i18n-context';

/** Shown while the first route module loads (and while the OAuth callback signs the user in). */
export function HydrateFallback() {
  const { t } = useI18n();
  return <FullPageProgress label={t('progress.loading')} />;
}
