/**
 * A milestone's share link. Without a script it is a plain link to the milestone's own page, to
 * follow or copy. With one, activating it opens the device's share sheet where the browser has one
 * (`navigator.share`), and otherwise copies the page's address; either way a live region says what
 * happened and the link's words show it for a moment. In an embed the frame must allow
 * `web-share` and `clipboard-write` (the snippet's `allow`); when it does not, copying falls back
 * to the older copy command. What it says, the page gives it on the live region (`ShareStatus.astro`).
 */
import { hook, HOOKS } from '../layout/contract.ts';
import type { PlainKey } from '../model/ui-words.ts';
import { announce } from './announce.ts';
import { fill, wordsOf } from './words.ts';

/** How long the link shows what it did, in milliseconds. */
const SHOWN_FOR = 2500;

/** The words sharing says: what the live region announces, and what the link shows for a moment after copying, or failing to. */
export const SHARE_WORDS = ['linkCopied', 'linkShared', 'linkNotCopied', 'copied', 'notCopied'] as const satisfies readonly PlainKey[];

/** The older copy command, for frames and browsers without the clipboard API. */
function copyWithCommand(text: string): boolean {
  // Selecting the text focuses it: the focus goes back to the link afterwards, not to the page's start.
  const focused = document.activeElement;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;inset-block-start:0;opacity:0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
  }
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithCommand(text);
  }
}

/** What happened: shared through the share sheet, dismissed there, copied, or neither. */
async function share(data: ShareData): Promise<'shared' | 'dismissed' | 'copied' | 'failed'> {
  if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      // The visitor closed the sheet: nothing to say. Anything else (a frame that does not allow it): copy instead.
      if (error instanceof DOMException && error.name === 'AbortError') return 'dismissed';
    }
  }
  return (await copy(data.url!)) ? 'copied' : 'failed';
}

function showBriefly(link: HTMLAnchorElement, words: string): void {
  const label = link.querySelector<HTMLElement>(hook('shareLabel'));
  if (!label) return;
  label.dataset.words ??= label.textContent ?? '';
  label.textContent = words;
  clearTimeout(Number(label.dataset.timer));
  label.dataset.timer = String(setTimeout(() => (label.textContent = label.dataset.words ?? ''), SHOWN_FOR));
}

/** Makes every share link of the page share (one listener for all of them, however many cards). */
export function startShare(root: Document = document): void {
  const status = root.querySelector<HTMLElement>(hook('shareStatus'));
  if (!status) return;
  const words = wordsOf(status, SHARE_WORDS);
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(hook('share'));
    if (!link) return;
    event.preventDefault();
    const title = link.getAttribute(HOOKS.share) ?? '';
    // The title leads the text too: many apps a share sheet offers send only the text and the address.
    const summary = link.dataset.shareText;
    const data: ShareData = { title, text: summary ? `${title} — ${summary}` : title, url: link.href };
    void share(data).then((outcome) => {
      if (outcome === 'dismissed') return;
      if (outcome !== 'shared') showBriefly(link, outcome === 'copied' ? words.copied : words.notCopied);
      const said = { copied: words.linkCopied, shared: words.linkShared, failed: words.linkNotCopied }[outcome];
      announce(status, fill(said, { title, address: link.href }));
    });
  });
}
