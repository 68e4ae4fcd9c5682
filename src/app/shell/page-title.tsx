import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import Box from '@mui/material/Box';
import { visuallyHidden } from '@mui/utils';
import { areas, type AreaId } from '../../config/areas';
import { routePaths } from '../../config/route-paths';
import { useI18n } from '../../i18n/i18n-context';

type PageTitleKey = `area.${AreaId}.title` | 'signIn.title' | 'app.name';

function pageTitleKey(pathname: string): PageTitleKey {
  const area = areas.find((candidate) => pathname === candidate.path || pathname.startsWith(`${candidate.path}/`));
  if (area) return `area.${area.id}.title`;
  if (pathname === routePaths.signIn || pathname === routePaths.oauthCallback) return 'signIn.title';
  return 'app.name';
}

/**
 * The tab's title names the screen ("Tax invoices – Concur Console"), and a move to another screen is announced to screen
 * readers (a single-page app changes no document a reader would otherwise notice). Not on the first load: the title is read then.
 */
export function PageTitle() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const key = pageTitleKey(pathname);
  const title = key === 'app.name' ? t('app.name') : t('shell.pageTitle', { page: t(key) });
  // Once the user has moved off the first screen, the region always names the current one.
  const [firstKey] = useState(key);
  const [moved, setMoved] = useState(false);
  if (!moved && key !== firstKey) setMoved(true);

  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <Box role="status" sx={visuallyHidden}>
      {moved && t('shell.pageChanged', { page: t(key) })}
    </Box>
  );
}
