import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import DownloadIcon from '@mui/icons-material/Download';
import { useI18n } from '../../../i18n/i18n-context';
import { isOpportunityType, OPPORTUNITY_TYPES, type OpportunityType } from '../model/opportunity-types';

interface TableToolbarProps {
  tableType: OpportunityType | undefined;
  onTableTypeChange: (type: OpportunityType | undefined) => void;
  /** The chart period the table is narrowed to, already labelled. */
  periodLabel: string | undefined;
  onClearPeriod: () => void;
  groupByTrip: boolean;
  onGroupByTripChange: (group: boolean) => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  shown: number;
  total: number;
  onExport: () => void;
}

export function TableToolbar(props: TableToolbarProps) {
  const { t } = useI18n();
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 1 }}>
      <TextField
        select
        size="small"
        label={t('opportunities.table.typeFilter')}
        value={props.tableType ?? ''}
        onChange={(event) => props.onTableTypeChange(isOpportunityType(event.target.value) ? event.target.value : undefined)}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        sx={{ minWidth: 180 }}
      >
        <MenuItem value="">{t('opportunities.table.allTypes')}</MenuItem>
        {OPPORTUNITY_TYPES.map((type) => (
          <MenuItem key={type} value={type}>
            {t(`opportunities.type.${type}`)}
          </MenuItem>
        ))}
      </TextField>
      {props.periodLabel && (
        <Button
          size="small"
          variant="outlined"
          endIcon={<CloseIcon />}
          onClick={props.onClearPeriod}
          aria-label={`${t('opportunities.table.periodFilter', { period: props.periodLabel })}. ${t('opportunities.table.clearPeriod')}`}
        >
          {t('opportunities.table.periodFilter', { period: props.periodLabel })}
        </Button>
      )}
      <FormControlLabel
        control={<Switch checked={props.groupByTrip} onChange={(event) => props.onGroupByTripChange(event.target.checked)} />}
        label={t('opportunities.table.groupByTrip')}
      />
      {props.groupByTrip && (
        <>
          <Button size="small" onClick={props.onExpandAll}>
            {t('opportunities.table.expandAll')}
          </Button>
          <Button size="small" onClick={props.onCollapseAll}>
            {t('opportunities.table.collapseAll')}
          </Button>
        </>
      )}
      <Typography variant="body2" role="status" sx={{ ml: 'auto' }}>
        {t('opportunities.table.count', { shown: props.shown, count: props.total })}
      </Typography>
      <Button variant="outlined" startIcon={<DownloadIcon />} onClick={props.onExport}>
        {t('opportunities.table.export')}
      </Button>
    </Stack>
  );
}
