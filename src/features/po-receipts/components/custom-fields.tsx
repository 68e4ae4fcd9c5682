import { useState } from 'react';
import { useWatch, type Control, type FieldErrors } from 'react-hook-form';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useI18n } from '../../../i18n/i18n-context';
import { CUSTOM_FIELDS } from '../model/receipt-fields';
import type { ReceiptFormValues } from '../model/receipt-form-values';
import { ReceiptTextField } from './receipt-text-field';
import { useFieldLabel } from './use-field-label';

interface CustomFieldsProps {
  control: Control<ReceiptFormValues, unknown, unknown>;
  errors: FieldErrors<ReceiptFormValues>;
}

/** Custom1–Custom10, folded away (the summary says how many hold a value); open by itself when one has a problem. */
export function CustomFields({ control, errors }: CustomFieldsProps) {
  const { t } = useI18n();
  const label = useFieldLabel();
  const [open, setOpen] = useState(false);
  const filled = useWatch({ control, name: CUSTOM_FIELDS }).filter((value) => value.trim() !== '').length;
  const hasProblem = CUSTOM_FIELDS.some((field) => errors[field] !== undefined);
  return (
    <Accordion expanded={open || hasProblem} onChange={(_event, expanded) => setOpen(expanded)} disableGutters variant="outlined">
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="receipt-custom-fields" id="receipt-custom-fields-header">
        <Typography component="span">
          {t('poReceipts.form.moreFields')}
          {filled > 0 && ` · ${t('poReceipts.form.moreFieldsFilled', { count: filled })}`}
        </Typography>
      </AccordionSummary>
      <AccordionDetails id="receipt-custom-fields">
        <Grid container spacing={2}>
          {CUSTOM_FIELDS.map((field) => (
            <Grid key={field} size={{ xs: 12, sm: 6 }}>
              <ReceiptTextField control={control} name={field} label={label(field)} />
            </Grid>
          ))}
        </Grid>
      </AccordionDetails>
    </Accordion>
  );
}
