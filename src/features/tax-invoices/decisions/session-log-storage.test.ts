import { beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../../../testing/sessions';
import type { QueuedDecision } from './decision-queue';
import { loadSessionLog, saveSessionLog } from './session-log-storage';

const decided = (key: string, patch: Partial<QueuedDecision>): QueuedDecision => ({
  key,
  invoiceId: `inv-${key}`,
  receiptId: `rcpt-${key}`,
  status: 'INVLD',
  comment: 'RFC del receptor incorrecto',
  decidedAt: Date.UTC(2026, 10, 28, 9, 0, 0),
  origin: 'single',
  phase: 'sent',
  remainingMs: 0,
  ...patch,
});

let userId: string;
beforeEach(() => {
  userId = signIn().user.id;
});

describe('the session log after a reload of the tab', () => {
  it('keeps finished decisions, marks unanswered ones unknown, and ones held back offline as never sent', () => {
    saveSessionLog(userId, [
      decided('a', { phase: 'sent', finishedAt: Date.UTC(2026, 10, 28, 9, 0, 5) }),
      decided('b', { phase: 'sending' }),
      decided('c', { phase: 'sending', awaitingConnection: true }),
      decided('d', { phase: 'waiting' }),
    ]);

    const restored = loadSessionLog(userId);

    expect(restored.map((decision) => [decision.key, decision.phase])).toEqual([
      ['a', 'sent'],
      ['b', 'interrupted'],
      ['c', 'unsent'],
      ['d', 'interrupted'],
    ]);
    expect(restored.every((decision) => decision.awaitingConnection === undefined)).toBe(true);
    expect(restored[2]).toMatchObject({ invoiceId: 'inv-c', status: 'INVLD', comment: 'RFC del receptor incorrecto' });
  });
});
