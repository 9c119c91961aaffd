// Service worker of the field app (scope /pendataan/): keeps the app shell — the page and the hashed
// files it loads — so the app opens without signal. Pages: network first, the cached copy offline.
// /assets/*: cache first (their names change with their content), ignoring Vary (module scripts send
// an Origin header the precache requests did not). The API is never cached here: the
// app keeps the assigned forms and every record in IndexedDB itself.
const CACHE = 'pendataan-shell-v1';
const PAGE = '/pendataan/';

async function precache() {
  const cache = await caches.open(CACHE);
  const res = await fetch(PAGE, { cache: 'no-store' });
  if (!res.ok) return;
  const html = await res.clone().text();
  await cache.put(PAGE, res);
  const assets = [...new Set(html.match(/\/assets\/[^"'\s)]+/g) ?? [])];
  await cache.addAll([...assets, '/pendataan/manifest.webmanifest', '/favicon.svg']);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || url.pathname.startsWith('/api/'))
    return;
  if (event.request.mode === 'navigate') {
    event.respondWith(
      fetch(event.request)
        .then(async (res) => {
          if (res.ok) await (await caches.open(CACHE)).put(PAGE, res.clone());
          return res;
        })
        .catch(async () => (await caches.match(PAGE, { ignoreVary: true })) ?? Response.error()),
    );
    return;
  }
  if (
    url.pathname.startsWith('/assets/') ||
    url.pathname === '/favicon.svg' ||
    url.pathname.startsWith('/pendataan/')
  ) {
    event.respondWith(
      caches.match(event.request, { ignoreVary: true }).then(
        (hit) =>
          hit ??
          fetch(event.request).then(async (res) => {
            if (res.ok && url.pathname.startsWith('/assets/'))
              await (await caches.open(CACHE)).put(event.request, res.clone());
            return res;
          }),
      ),
    );
  }
});
