import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export interface Field {
  label: string;
  value: ReactNode;
}

/** Label/value pairs as a description list; empty values are left out rather than shown blank. */
export function FieldList({ fields }: { fields: readonly Field[] }) {
  const shown = fields.filter((field) => field.value !== undefined && field.value !== null && field.value !== '');
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, max-content) 1fr' }, columnGap: 2, rowGap: 0.5, m: 0 }}>
      {shown.map((field) => (
        <Box key={field.label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {field.label}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {field.value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
