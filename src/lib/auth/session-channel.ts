const CHANNEL_NAME = 'concur-console:session';

interface SessionMessage {
  type: 'signed-out';
}

function isSessionMessage(data: unknown): data is SessionMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'signed-out';
}

const supported = () => typeof BroadcastChannel === 'function';
/** While this tab listens, it also posts on the same channel object: a channel never hears its own messages. */
let listeningChannel: BroadcastChannel | undefined;

/** sessionStorage fires no `storage` events, so other tabs hear about a sign-out over a BroadcastChannel. */
export function announceSignOut(): void {
  if (!supported()) return;
  const channel = listeningChannel ?? new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage({ type: 'signed-out' } satisfies SessionMessage);
  if (channel !== listeningChannel) channel.close();
}

export function listenForSignOutElsewhere(onSignedOutElsewhere: () => void): () => void {
  if (!supported()) return () => undefined;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  listeningChannel = channel;
  channel.onmessage = (event: MessageEvent) => {
    if (isSessionMessage(event.data)) onSignedOutElsewhere();
  };
  return () => {
    channel.close();
    if (listeningChannel === channel) listeningChannel = undefined;
  };
}
