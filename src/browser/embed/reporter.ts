/**
 * The embed side of auto-height: tells the host page how tall the year's content is, at load and
 * whenever it changes (a new width, fonts or pictures arriving), and again when the host asks.
 * It reports in every version of the protocol, so a host page running an older host script sizes
 * it too, and answers a request in the version it was asked in. The height is no secret and the
 * embed cannot know its host's origin, so it posts to any origin; the host script checks where
 * messages come from.
 */
import { isMeasureRequest, PROTOCOL_VERSIONS, resizeMessage, type ProtocolVersion } from './protocol.ts';

export function reportHeight(root: HTMLElement): void {
  const host = window.parent;
  if (host === window) return;
  const year = root.dataset.embed ?? '';
  let sent = -1;
  const send = (versions: readonly ProtocolVersion[] = PROTOCOL_VERSIONS, again = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === sent && !again) return;
    sent = height;
    const track = document.documentElement.dataset.track ?? 'all';
    for (const version of versions) host.postMessage(resizeMessage(year, track, height, version), '*');
  };
  new ResizeObserver(() => send()).observe(root);
  document.fonts?.ready.then(() => send());
  addEventListener('load', () => send());
  addEventListener('message', (event) => {
    if (event.source === host && isMeasureRequest(event.data)) send([event.data.version], true);
  });
}
