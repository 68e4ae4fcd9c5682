import Button from '@mui/material/Button';
import LinkIcon from '@mui/icons-material/Link';
import { useNotifications } from '../../../components/notifications-context';
import { useI18n } from '../../../i18n/i18n-context';

/** Copies the address, which holds the whole query, for sharing. */
export function CopyLinkButton() {
  const { t } = useI18n();
  const notify = useNotifications();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      notify({ message: t('opportunities.linkCopied'), severity: 'success' });
    } catch {
      notify({ message: t('opportunities.linkCopyFailed'), severity: 'warning' });
    }
  };
  return (
    <Button variant="outlined" startIcon={<LinkIcon />} onClick={() => void copy()}>
      {t('opportunities.copyLink')}
    </Button>
  );
}
