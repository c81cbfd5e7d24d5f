/**
 * "Embed this year": the Copy button, the choice of one milestone, and Escape to close. Without a script the snippet is still
 * there to select in its textarea; with it, one press copies the snippet shown and says so to
 * screen readers too, in the words the page gives on the button.
 */

import type { PlainKey } from '../../model/ui-words.ts';
import { announce } from '../announce.ts';
import { wordsOf } from '../words.ts';

/** What copying says: that it copied, or that it selected the code to copy by hand. */
export const COPY_WORDS = ['copied', 'selectToCopy'] as const satisfies readonly PlainKey[];

/** The textarea the disclosure shows: one per track filter and milestone, the unchosen ones hidden. */
function shownSnippet(panel: HTMLElement): HTMLTextAreaElement | undefined {
  return [...panel.querySelectorAll('textarea')].find((area) => area.getClientRects().length > 0);
}


async function copy(panel: HTMLElement, status: HTMLElement, words: Record<(typeof COPY_WORDS)[number], string>): Promise<void> {
  const area = shownSnippet(panel);
  if (!area) return;
  try {
    await navigator.clipboard.writeText(area.value);
    announce(status, words.copied);
  } catch {
    // No clipboard access (an old browser, a denied permission): select the code for the visitor.
    area.focus();
    area.select();
    announce(status, words.selectToCopy);
  }
}

/**
 * The choice of one milestone: without a script every milestone's snippet is listed; with it, the
 * list of their names shows and only the chosen milestone's snippet.
 */
function chooseOneMilestone(panel: HTMLElement): void {
  const pick = panel.querySelector<HTMLElement>('[data-embed-milestone-pick]');
  const select = pick?.querySelector('select');
  if (!pick || !select) return;
  const codes = [...panel.querySelectorAll<HTMLElement>('[data-embed-milestone-code]')];
  const show = () => {
    for (const code of codes) code.hidden = code.dataset.embedMilestoneCode !== select.value;
  };
  show();
  pick.hidden = false;
  select.addEventListener('change', show);
}

/** Escape inside the open panel closes it and puts focus back on its button. */
function closeOnEscape(disclosure: HTMLDetailsElement): void {
  disclosure.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !disclosure.open) return;
    disclosure.open = false;
    disclosure.querySelector('summary')?.focus();
  });
}

export function wireEmbedThisYear(root: ParentNode = document): void {
  for (const panel of root.querySelectorAll<HTMLDetailsElement>('details[data-embed-this-year]')) {
    const button = panel.querySelector<HTMLButtonElement>('[data-copy]');
    const status = panel.querySelector<HTMLElement>('[data-copy-status]');
    if (!button || !status || button.dataset.wired) continue;
    button.dataset.wired = 'true';
    button.hidden = false;
    closeOnEscape(panel);
    chooseOneMilestone(panel);
    const words = wordsOf(button, COPY_WORDS);
    button.addEventListener('click', () => void copy(panel, status, words));
    // A different snippet chosen: the last "Copied" no longer speaks of it.
    panel.addEventListener('change', () => {
      status.textContent = '';
    });
  }
}
