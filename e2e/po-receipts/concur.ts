import { concurJsonAs } from '../support/concur-direct';
import { USERS } from '../support/env';
import { sandbox } from '../support/sandbox';

/** What a test reads back from the sandbox directly (never through the app under test). */
export interface StoredReceipt {
  PurchaseOrderNumber: string;
  LineItemExternalID: string;
  GoodsReceiptNumber: string;
  ReceivedQuantity: string;
  ReceivedDate: string;
  IsReceived: string;
  UnitOfMeasureCode: string;
  DeliverySlipNumber: string;
}

export interface PoLine {
  po: string;
  line: string;
}

/** GET /invoice/purchaseorderreceipts straight from the sandbox. */
export async function storedReceipts(query: { purchaseOrderNumber?: string; goodsReceiptNumber?: string }): Promise<StoredReceipt[]> {
  const page = await concurJsonAs<{ Items: StoredReceipt[] }>(USERS.clerk, `/api/v3.0/invoice/purchaseorderreceipts?${new URLSearchParams(query).toString()}`);
  return page.Items;
}

let seededLines: Promise<{ quantityBased: PoLine[]; amountBased: PoLine[] }> | undefined;

/**
 * PO lines of the seed, found through their receipts: a line received with a quantity is quantity-based (WQTY), one
 * received without is amount-based. PO numbers run PO-<year>-000001… in this year and the last.
 */
export function seededPoLines() {
  seededLines ??= (async () => {
    const quantityBased: PoLine[] = [];
    const amountBased: PoLine[] = [];
    const year = new Date().getFullYear();
    for (const poYear of [year, year - 1]) {
      for (let sequence = 1; sequence <= 40 && (quantityBased.length < 3 || amountBased.length < 2); sequence += 1) {
        const po = `PO-${poYear}-${String(sequence).padStart(6, '0')}`;
        for (const receipt of await storedReceipts({ purchaseOrderNumber: po })) {
          const target = receipt.ReceivedQuantity ? quantityBased : amountBased;
          if (!target.some((line) => line.po === po && line.line === receipt.LineItemExternalID)) target.push({ po, line: receipt.LineItemExternalID });
        }
      }
    }
    if (quantityBased.length < 3 || amountBased.length < 1) throw new Error('the seed has too few received PO lines');
    return { quantityBased, amountBased };
  })();
  return seededLines;
}

/** Writes the sandbox counted for one PO line (PUT and DELETE of its receipts, refused ones too). */
export async function writesFor(line: PoLine): Promise<number> {
  return (await sandbox.writes()).byEntity[`invoice/purchaseorderreceipts/${line.po}|${line.line}`] ?? 0;
}

let sequence = 0;
/** A goods receipt number no other test (or run) uses. */
export function uniqueGoodsReceiptNumber(prefix = 'E2E'): string {
  sequence += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${sequence}`.toUpperCase();
}

/**
 * The first quantity-based PO line in a block of POs a journey keeps to itself, so the sandbox's write counters for it
 * are that journey's alone: `blocks` are [year, first sequence] pairs, each searched `span` POs on.
 */
export async function firstQuantityLineIn(blocks: readonly (readonly [number, number])[], span: number, whose: string): Promise<PoLine> {
  for (const [poYear, first] of blocks) {
    for (let sequence = first; sequence <= first + span; sequence += 1) {
      const po = `PO-${poYear}-${String(sequence).padStart(6, '0')}`;
      const received = (await storedReceipts({ purchaseOrderNumber: po })).find((receipt) => receipt.ReceivedQuantity);
      if (received) return { po, line: received.LineItemExternalID };
    }
  }
  throw new Error(`no quantity-based PO line found for ${whose}`);
}
