/**
 * The host script, served as /embed.js: keeps every journey iframe on a page as tall as its
 * content. It trusts only messages from the origin it was loaded from, of the protocol's shape,
 * and sent by one of the page's journey iframes; it ignores everything else.
 */
import { FRAME_ATTRIBUTE, isResizeMessage, measureRequest } from './protocol.ts';

type HostRegistry = Record<string, true>;

function scriptAddress(): URL | undefined {
  const script = document.currentScript;
  const src = script instanceof HTMLScriptElement ? script.src : '';
  return src ? new URL(src) : undefined;
}

/** The iframes of this site's embeds: marked with the attribute, or showing an address under `embedRoot`. */
function journeyFrames(embedRoot: string): HTMLIFrameElement[] {
  return [...document.querySelectorAll('iframe')].filter(
    (frame) => frame.hasAttribute(FRAME_ATTRIBUTE) || frame.src.startsWith(embedRoot),
  );
}

/** The height to give an iframe for `content` pixels of content, whatever its box-sizing, border and padding. */
function frameHeight(frame: HTMLIFrameElement, content: number): string {
  const style = getComputedStyle(frame);
  if (style.boxSizing !== 'border-box') return `${content}px`;
  const extra = ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'] as const;
  return `${content + extra.reduce((sum, side) => sum + (parseFloat(style[side]) || 0), 0)}px`;
}

function start(): void {
  const address = scriptAddress();
  if (!address) return;
  const { origin } = address;
  const embedRoot = new URL('embed/', address).href;
  // One listener per site, however many snippets repeat the script tag.
  const registry: HostRegistry = ((window as unknown as { __backstageJourney?: HostRegistry }).__backstageJourney ??= {});
  if (registry[embedRoot]) return;
  registry[embedRoot] = true;

  addEventListener('message', (event) => {
    if (event.origin !== origin || !isResizeMessage(event.data)) return;
    const frame = journeyFrames(embedRoot).find((candidate) => candidate.contentWindow === event.source);
    if (!frame) return;
    const height = frameHeight(frame, event.data.height);
    if (frame.style.height !== height) frame.style.height = height;
    // As tall as its content from now on, the frame needs no scrollbars of its own. Where they take
    // room (classic scrollbars, as in Firefox), one would narrow the year, which then grows taller
    // than the frame and keeps both scrollbars showing.
    if (frame.getAttribute('scrolling') !== 'no') frame.setAttribute('scrolling', 'no');
  });

  // Embeds that loaded before this script have already reported: ask them again.
  for (const frame of journeyFrames(embedRoot)) frame.contentWindow?.postMessage(measureRequest(), '*');
}

start();
