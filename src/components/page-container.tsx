import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

interface PageContainerProps {
  title: string;
  description?: string;
  /** Buttons for the whole page, shown next to the title. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** The frame of every page: one h1, an optional one-line description and page actions, then the content. */
export function PageContainer({ title, description, actions, children }: PageContainerProps) {
  return (
    <Box sx={{ maxWidth: 1200, mx: 'auto', px: { xs: 2, sm: 3 }, py: 3 }}>
      {/* On a narrow screen (or zoomed in) the actions wrap below the title rather than pushing the page sideways. */}
      <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2, mb: 3 }}>
        <Box sx={{ flex: '1 1 20rem', minWidth: 0 }}>
          <Typography variant="h4" component="h1" gutterBottom={Boolean(description)}>
            {title}
          </Typography>
          {description && <Typography color="text.secondary">{description}</Typography>}
        </Box>
        {actions && <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>{actions}</Stack>}
      </Stack>
      {children}
    </Box>
  );
}
