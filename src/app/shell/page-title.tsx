import { useEffect, useRef, useState } from 'react';
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
  const [announcedKey, setAnnouncedKey] = useState<PageTitleKey>();
  const shownKey = useRef(key);

  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (key === shownKey.current) return;
    shownKey.current = key;
    setAnnouncedKey(key);
  }, [key]);

  return (
    <Box role="status" sx={visuallyHidden}>
      {announcedKey && t('shell.pageChanged', { page: t(announcedKey) })}
    </Box>
  );
}
