/**
 * The host script, served as /embed.js: keeps every journey iframe on a page as tall as its
 * content. It trusts only messages from the origin it was loaded from, of the protocol's shape (in
 * any version the site speaks), and sent by one of the page's journey iframes; it ignores
 * everything else.
 */
import { FRAME_ATTRIBUTES, isResizeMessage, measureRequest, PROTOCOL_VERSIONS } from './protocol.ts';

/** Where the script notes, on the host page's window, the sites it already listens for. */
const REGISTRY = '__journeyEmbed';

type HostRegistry = Record<string, true>;

function scriptAddress(): URL | undefined {
  const script = document.currentScript;
  const src = script instanceof HTMLScriptElement ? script.src : '';
  return src ? new URL(src) : undefined;
}

/** The iframes of this site's embeds: marked with the attribute of any version, or showing an address under `embedRoot`. */
function journeyFrames(embedRoot: string): HTMLIFrameElement[] {
  return [...document.querySelectorAll('iframe')].filter(
    (frame) => FRAME_ATTRIBUTES.some((attribute) => frame.hasAttribute(attribute)) || frame.src.startsWith(embedRoot),
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
  const registry: HostRegistry = ((window as unknown as Record<typeof REGISTRY, HostRegistry | undefined>)[REGISTRY] ??= {});
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

  // Embeds that loaded before this script have already reported: ask them again, in every version.
  for (const frame of journeyFrames(embedRoot)) {
    for (const version of PROTOCOL_VERSIONS) frame.contentWindow?.postMessage(measureRequest(version), '*');
  }
}

start();
