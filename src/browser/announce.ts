/** Writes a message into a live region (the share link's, the tour's) so it is announced again even when it repeats. */
export function announce(status: HTMLElement, message: string): void {
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = message;
  });
}
