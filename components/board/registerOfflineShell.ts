/**
 * Registers the service worker (public/sw.js) and hands it the files this page already loaded,
 * so a tablet can reload the board without network after one online visit. Sets
 * `window.__planoOfflineReady` once the worker has cached them (the e2e tests wait for it).
 */
declare global {
  interface Window {
    __planoOfflineReady?: boolean;
  }
}

export async function registerOfflineShell(): Promise<void> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  try {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    const registration = await navigator.serviceWorker.ready;
    // The canvas code, fonts and translations load after hydration: wait for the editor first.
    await waitForCanvas(30_000);
    const urls = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
      if (event.data?.type === 'plano:precached') window.__planoOfflineReady = true;
    });
    registration.active?.postMessage({ type: 'plano:precache', urls });
  } catch (error) {
    // Without the worker the board still works online and keeps edits in IndexedDB.
    console.warn('plano: offline shell unavailable', error);
  }
}

async function waitForCanvas(timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!document.querySelector('.tl-container') && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // Give tldraw a moment to request its fonts and icons.
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
