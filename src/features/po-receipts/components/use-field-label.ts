import { useI18n } from '../../../i18n/i18n-context';
import type { ReceiptField } from '../model/receipt-fields';

/** The visible name of a receipt field in the user's language. */
export function useFieldLabel(): (field: ReceiptField) => string {
  const { t } = useI18n();
  return (field) => {
    const custom = /^custom(\d+)$/.exec(field);
    if (custom) return t('poReceipts.field.custom', { number: custom[1] ?? '' });
    return t(`poReceipts.field.${field as Exclude<ReceiptField, `custom${number}`>}`);
  };
}
