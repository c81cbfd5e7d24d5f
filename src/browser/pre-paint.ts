/**
 * Runs before first paint, inline in the page's head (`PrePaint.astro` writes it there, with its
 * hash in the page's policy), so nothing shifts when the page's scripts arrive: the track followed
 * from `?track=`, and on the journey the root's travel class wherever the horizontal travel runs,
 * kept in step with the screen and the motion preference. Self-contained: it is sent as its text.
 */
export function prePaint(settings: { travelMedia: string | null; travelClass: string; trackParam: string; trackIds: readonly string[] }): void {
  const root = document.documentElement;
  const track = new URLSearchParams(location.search).get(settings.trackParam);
  if (track !== null && settings.trackIds.includes(track)) root.dataset.track = track;
  if (settings.travelMedia) {
    const media = matchMedia(settings.travelMedia);
    const follow = () => root.classList.toggle(settings.travelClass, media.matches);
    follow();
    media.addEventListener('change', follow);
  }
}
