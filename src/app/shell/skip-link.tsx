import type { MouseEvent } from 'react';
import Link from '@mui/material/Link';
import { useI18n } from '../../i18n/i18n-context';

export const MAIN_CONTENT_ID = 'main-content';

/** First stop for keyboard users, visible only when focused. Moves focus without changing the router's URL. */
export function SkipLink() {
  const { t } = useI18n();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  };
  return (
    <Link
      href={`#${MAIN_CONTENT_ID}`}
      onClick={skip}
      sx={(theme) => ({
        position: 'fixed',
        left: theme.spacing(1),
        top: theme.spacing(-10),
        zIndex: theme.zIndex.tooltip + 1,
        px: 2,
        py: 1,
        bgcolor: 'background.paper',
        borderRadius: 1,
        '&:focus': { top: theme.spacing(1) },
      })}
    >
      {t('shell.skipToContent')}
    </Link>
  );
}
