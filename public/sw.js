/*
 * Plano's service worker: lets a tablet reload a board it has opened before while the venue's
 * network is down. Board pages are network-first with the last copy as fallback; Next's hashed
 * static files and tldraw's self-hosted assets are cache-first. Nothing under /api is cached.
 * (Service workers run only on https or localhost; elsewhere the board still keeps unsent edits
 * in IndexedDB, it just cannot be reloaded offline.)
 */
const CACHE = 'plano-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

function isImmutableAsset(url) {
  return url.pathname.startsWith('/_next/static/') || url.pathname.startsWith('/tldraw/');
}

function isCachedPage(url) {
  return url.pathname.startsWith('/board/');
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate' && isCachedPage(url)) event.respondWith(networkFirst(request));
  else if (isImmutableAsset(url)) event.respondWith(cacheFirst(request));
});

/* The page sends what it loaded before this worker controlled it, so that a first visit is enough. */
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'plano:precache' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const href of data.urls.slice(0, 500)) {
        const url = new URL(href, self.location.origin);
        if (url.origin !== self.location.origin) continue;
        if (!isImmutableAsset(url) && !isCachedPage(url)) continue;
        if (await cache.match(url.href)) continue;
        try {
          const response = await fetch(url.href, { credentials: 'same-origin' });
          if (response.ok) await cache.put(url.href, response);
        } catch (error) {
          console.warn('plano: could not precache', url.pathname, error);
        }
      }
      if (event.source) event.source.postMessage({ type: 'plano:precached' });
    })(),
  );
});
