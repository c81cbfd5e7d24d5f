/**
 * The search field's starter, part of the journey's script: `/` anywhere outside a field reaches
 * the field, and the field's first focus or input fetches the search itself (`search-panel.ts`,
 * with Pagefind and the index), so a visitor who never searches downloads none of it.
 */
import { hook } from '../../layout/contract.ts';

/** Where typing keeps its own meaning: `/` there is a character, not a shortcut. */
function isTypingIn(target: EventTarget | null): boolean {
  return target instanceof Element && Boolean(target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])'));
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>(hook('search'));
  const field = form?.querySelector<HTMLInputElement>(hook('searchField'));
  if (!form || !field) return;

  let started: Promise<void> | null = null;
  const start = () => {
    started ??= import('./search-panel.ts').then(({ startSearchPanel }) => startSearchPanel(form, field));
    return started;
  };
  field.addEventListener('focus', () => void start(), { once: true });
  field.addEventListener('input', () => void start(), { once: true });

  window.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTypingIn(event.target)) return;
    event.preventDefault();
    field.focus();
    field.select();
  });
}
