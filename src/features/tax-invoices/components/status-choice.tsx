import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useI18n } from '../../../i18n/i18n-context';
import { TAX_INVOICE_STATUSES, type TaxInvoiceStatus } from '../api/tax-invoice-schemas';
import { useStatusName } from './status-label';

interface StatusChoiceProps {
  value: TaxInvoiceStatus | '';
  onChange: (status: TaxInvoiceStatus) => void;
  missing: boolean;
  disabled: boolean;
}

/** The three decisions, with their `1` `2` `3` keys shown. */
export function StatusChoice({ value, onChange, missing, disabled }: StatusChoiceProps) {
  const { t } = useI18n();
  const statusName = useStatusName();
  return (
    <FormControl error={missing} disabled={disabled}>
      <FormLabel id="decision-status-label">{t('taxInvoices.decision.status')}</FormLabel>
      <RadioGroup row aria-labelledby="decision-status-label" value={value} onChange={(event) => onChange(event.target.value as TaxInvoiceStatus)}>
        {TAX_INVOICE_STATUSES.map((status, index) => (
          <FormControlLabel
            key={status}
            value={status}
            control={<Radio />}
            label={
              <>
                {statusName(status)} <kbd aria-hidden="true">{index + 1}</kbd>
              </>
            }
          />
        ))}
      </RadioGroup>
      {missing && <FormHelperText>{t('taxInvoices.decision.statusMissing')}</FormHelperText>}
    </FormControl>
  );
}
