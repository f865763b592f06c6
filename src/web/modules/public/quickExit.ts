/**
 * Quick exit (DOMAIN.md § 11.9): blank the page at once, then replace this history entry with a neutral site,
 * so Back does not return here. The target is the server's QUICK_EXIT_URL, read from a meta tag.
 */
export function quickExitUrl(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="skjold-quick-exit"]')?.content || 'https://www.dr.dk/';
}

// A page restored from the back-forward cache keeps its JS state: if we were leaving, leave again at once.
let leaving = false;
window.addEventListener('pageshow', (e) => {
  if (e.persisted && leaving) quickExit();
});

export function quickExit() {
  leaving = true;
  document.title = '';
  document.documentElement.style.background = '#fff';
  document.body.style.visibility = 'hidden';
  document.body.replaceChildren();
  window.location.replace(quickExitUrl());
}

/** Shift pressed three times within 1.5 s leaves; a page restored from the back-forward cache leaves again. */
export function installQuickExitKeys(): () => void {
  let presses: number[] = [];
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Shift' || e.repeat) return;
    const now = Date.now();
    presses = [...presses.filter((t) => now - t < 1500), now];
    if (presses.length >= 3) quickExit();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
