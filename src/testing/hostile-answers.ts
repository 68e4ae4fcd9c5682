import { HttpResponse } from 'msw';

/** What a promise rejected with; throws when it resolved instead (the tests expect a failure). */
export async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (reason: unknown) => reason,
  );
}

/** An MSW resolver answering 200 with `body` as is, under `contentType` (for answers that are not what Concur documents). */
export const answer = (body: string, contentType = 'application/json') => () => new HttpResponse(body, { headers: { 'Content-Type': contentType } });

/**
 * Lets mocked HTTP round trips finish while setTimeout and Date are faked: a MessageChannel turn is real, 50 times over.
 */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 50; turn += 1) {
    await new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (channel.port1.close(), resolve(undefined));
      channel.port2.postMessage(null);
    });
  }
}
