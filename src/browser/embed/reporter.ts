/**
 * The embed side of auto-height: tells the host page how tall the year's content is, at load and
 * whenever it changes (a new width, fonts or pictures arriving), and again when the host asks.
 * The height is no secret and the embed cannot know its host's origin, so it posts to any origin;
 * the host script checks where messages come from.
 */
import { isMeasureRequest, resizeMessage } from './protocol.ts';

export function reportHeight(root: HTMLElement): void {
  const host = window.parent;
  if (host === window) return;
  const year = root.dataset.embed ?? '';
  let sent = -1;
  const send = (again = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === sent && !again) return;
    sent = height;
    host.postMessage(resizeMessage(year, document.documentElement.dataset.track ?? 'all', height), '*');
  };
  new ResizeObserver(() => send()).observe(root);
  document.fonts?.ready.then(() => send());
  addEventListener('load', () => send());
  addEventListener('message', (event) => {
    if (event.source === host && isMeasureRequest(event.data)) send(true);
  });
}
