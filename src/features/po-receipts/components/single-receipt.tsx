import { useWatch, type Control } from 'react-hook-form';
import Stack from '@mui/material/Stack';
import { useConfirm } from '../../../components/confirm-context';
import { useI18n } from '../../../i18n/i18n-context';
import type { Receipt } from '../api/receipt-schemas';
import type { ReceiptKey } from '../api/receipts-api';
import { receiptToText, textToForm, type ReceiptFormValues } from '../model/receipt-form-values';
import { lookupPoNumber, separatorsFor } from '../model/receipt-rules';
import { ExistingReceipts } from './existing-receipts';
import { ReceiptForm } from './receipt-form';
import { useDebouncedValue } from './use-debounced-value';
import type { useReceiptForm } from './use-receipt-form';

const LOOKUP_DELAY_MS = 400;

interface SingleReceiptProps {
  state: ReturnType<typeof useReceiptForm>;
}

/** The receipts of the PO number as typed, asked for once the typing pauses (only this part redraws as the PO changes). */
function ExistingReceiptsOfTypedPo({ control, onOpen, justSaved }: { control: Control<ReceiptFormValues, unknown, unknown>; onOpen: (receipt: Receipt) => void; justSaved?: ReceiptKey }) {
  const typed = useWatch({ control, name: 'purchaseOrderNumber' });
  const purchaseOrderNumber = useDebouncedValue(lookupPoNumber(typed), LOOKUP_DELAY_MS);
  return <ExistingReceipts purchaseOrderNumber={purchaseOrderNumber} onOpen={onOpen} justSaved={justSaved} />;
}

const justSavedKey = (outcome: ReturnType<typeof useReceiptForm>['outcome']): ReceiptKey | undefined =>
  outcome?.kind === 'saved'
    ? { purchaseOrderNumber: outcome.body.PurchaseOrderNumber, lineItemExternalId: outcome.body.LineItemExternalID, goodsReceiptNumber: outcome.body.GoodsReceiptNumber ?? '' }
    : undefined;

/** The form, and below it the receipts Concur already has for the PO being typed. */
export function SingleReceipt({ state }: SingleReceiptProps) {
  const { t, locale } = useI18n();
  const confirm = useConfirm();

  const replaceAllowed = async (losesInput: boolean, title: string, message: string, confirmLabel: string) =>
    !losesInput || confirm({ title, message, confirmLabel, destructive: true });

  const open = async (receipt: Receipt) => {
    const allowed = await replaceAllowed(
      state.wouldLoseInput(true),
      t('poReceipts.form.replaceConfirm.title'),
      t('poReceipts.form.replaceConfirm.message'),
      t('poReceipts.form.replaceConfirm.confirm'),
    );
    if (!allowed) return;
    state.start(textToForm(receiptToText(receipt, separatorsFor(locale))), {
      purchaseOrderNumber: receipt.PurchaseOrderNumber,
      lineItemExternalId: receipt.LineItemExternalID,
      goodsReceiptNumber: receipt.GoodsReceiptNumber ?? '',
    });
    setTimeout(() => state.form.setFocus('receivedQuantity'), 0);
  };

  const clear = async () => {
    const allowed = await replaceAllowed(state.wouldLoseInput(false), t('poReceipts.form.clearConfirm.title'), t('poReceipts.form.clearConfirm.message'), t('poReceipts.form.clearConfirm.confirm'));
    if (allowed) state.discardDraft(state.editing ? { purchaseOrderNumber: state.editing.purchaseOrderNumber } : {});
  };

  return (
    <Stack sx={{ gap: 3 }}>
      <ReceiptForm state={state} onClear={() => void clear()} />
      <ExistingReceiptsOfTypedPo control={state.form.control} onOpen={(receipt) => void open(receipt)} justSaved={justSavedKey(state.outcome)} />
    </Stack>
  );
}
