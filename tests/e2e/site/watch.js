// Behaviour of the stand-in YouTube app (see watch.html). Plain JavaScript in the
// page world, no network beyond the stand-in server. Mimics what extensions see:
// - in-page navigation: yt-navigate-start, history.pushState, the same <video>
//   gets a new src, yt-navigate-finish (state-navigatestart/-end on m.youtube.com);
//   also on first load (synchronously, before document_end content scripts run);
// - ads: #movie_player.ad-showing.ad-interrupting while the same <video> plays an ad clip;
// - theater mode moves #player-container into #player-full-bleed-container;
// - layouts ytd-watch-flexy / ytd-watch-grid, html[dark], narrow (no #secondary).
// Query parameters on first load: layout=grid|flexy, theme=dark, autoplay=0, ad=1, t=1m30s.
// Test API: window.__standin (typed in tests/e2e/harness/browser.ts).
(() => {
  'use strict';

  const initial = JSON.parse(document.getElementById('standin-initial-data').textContent);
  const params = new URLSearchParams(location.search);
  const mobile = location.hostname.startsWith('m.');
  const autoplay = params.get('autoplay') !== '0';

  const pageManager = document.getElementById('page-manager');
  const browse = document.querySelector('ytd-browse');
  const player = document.getElementById('movie_player');
  const video = player.querySelector('video.html5-main-video');
  const progressBar = player.querySelector('.ytp-progress-bar');
  const tooltip = player.querySelector('.ytp-tooltip');
  let watch = document.querySelector('ytd-watch-flexy');
  const secondary = document.getElementById('secondary');

  /** The page as the app sees it. */
  const state = { pageType: initial.pageType, info: initial.video, ad: null, navigations: 0 };
  let navigationSeq = 0;

  // YouTube's tags are registered custom elements (`:defined` matches them).
  for (const tag of new Set([...document.querySelectorAll('*')].map((el) => el.localName).concat('ytd-watch-grid'))) {
    if (tag.includes('-') && !customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
  }

  // ---- layout and theme -------------------------------------------------------

  if (params.get('layout') === 'grid') {
    // The 2024 layout: same ids inside, another tag.
    const grid = document.createElement('ytd-watch-grid');
    for (const { name, value } of watch.attributes) if (name !== 'flexy') grid.setAttribute(name, value);
    grid.append(...watch.childNodes);
    watch.replaceWith(grid);
    watch = grid;
  }
  if (params.get('theme') === 'dark') document.documentElement.setAttribute('dark', '');

  function setDarkTheme(on) {
    document.documentElement.toggleAttribute('dark', on);
  }

  function setTheater(on) {
    watch.toggleAttribute('theater', on);
    watch.toggleAttribute('full-bleed-player', on);
    const container = document.getElementById('player-container');
    const target = on ? document.getElementById('player-full-bleed-container') : document.getElementById('player-container-inner');
    if (container.parentElement !== target) target.append(container);
  }

  function setNarrow(on) {
    watch.toggleAttribute('is-two-columns_', !on);
    if (on) secondary.remove();
    else if (!secondary.isConnected) document.getElementById('columns').append(secondary);
  }

  // ---- small helpers ----------------------------------------------------------

  function h(tag, attributes, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.append(...children);
    return el;
  }

  function formatTime(seconds) {
    const s = Math.max(0, Math.floor(seconds || 0));
    const hh = Math.floor(s / 3600);
    const mm = Math.floor((s % 3600) / 60);
    const ss = String(s % 60).padStart(2, '0');
    return hh ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
  }

  /** `90`, `90s`, `1m30s`, `1h2m3s` -> seconds. */
  function parseStart(value) {
    if (!value) return 0;
    if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
    const m = value.match(/^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/);
    return m ? Number(m[1] || 0) * 3600 + Number(m[2] || 0) * 60 + Number(m[3] || 0) : 0;
  }

  function routeOf(url) {
    if (url.origin !== location.origin) return null;
    const start = parseStart(url.searchParams.get('t') || url.searchParams.get('start'));
    if (url.pathname === '/') return { pageType: 'browse', videoId: null, start };
    if (url.pathname === '/watch') {
      const videoId = url.searchParams.get('v');
      return videoId ? { pageType: 'watch', videoId, start } : { pageType: 'browse', videoId: null, start };
    }
    const m = url.pathname.match(/^\/(embed|live|shorts)\/([^/]+)\/?$/);
    return m ? { pageType: m[1] === 'live' ? 'watch' : m[1], videoId: m[2], start } : null;
  }

  /** Resolves on the video's next loadedmetadata, rejects on its next error. */
  function nextMetadata() {
    const listeners = new AbortController();
    return new Promise((resolve, reject) => {
      video.addEventListener('loadedmetadata', () => resolve(), { signal: listeners.signal });
      video.addEventListener('error', () => reject(new Error(`video error ${video.error?.code}`)), { signal: listeners.signal });
    }).finally(() => listeners.abort());
  }

  // ---- rendering --------------------------------------------------------------

  function videoLink(item, wrapperTag) {
    const href = `/watch?v=${item.videoId}`;
    return h(wrapperTag, { class: 'style-scope' },
      h('div', { id: 'dismissible' },
        h('ytd-thumbnail', {}, h('a', { id: 'thumbnail', class: 'yt-simple-endpoint', href, 'aria-hidden': 'true', tabindex: '-1' })),
        h('div', { class: 'details' },
          h('a', { class: 'yt-simple-endpoint', href },
            h('h3', {}, h('span', { id: 'video-title', title: item.title }, item.title))))));
  }

  function renderWatch(info, start) {
    if (!watch.isConnected) pageManager.prepend(watch);
    watch.removeAttribute('hidden');
    browse.setAttribute('hidden', '');
    watch.setAttribute('video-id', info.videoId);
    document.querySelector('#below ytd-watch-metadata #title h1 yt-formatted-string').textContent = info.title;
    document.title = `${info.title} - YouTube`;
    document.querySelector('#related #items').replaceChildren(
      ...info.related.map((item) => videoLink(item, 'ytd-compact-video-renderer')));
    state.ad = null;
    player.classList.remove('ad-showing', 'ad-interrupting');
    player.querySelector('.video-ads').replaceChildren();
    // A media fragment carries the start time, so no listener has to outlive the load.
    video.src = start > 0 ? `${info.src}#t=${start}` : info.src;
    if (autoplay) video.play().catch(() => {});
    updateProgress();
  }

  function renderBrowse(home) {
    // YouTube keeps the watch page in the DOM, hidden, once it exists.
    watch.setAttribute('hidden', '');
    video.pause();
    browse.removeAttribute('hidden');
    if (home) {
      browse.querySelector('#contents').replaceChildren(...home.map((item) => videoLink(item, 'ytd-rich-item-renderer')));
    }
    document.title = 'YouTube';
  }

  function show(route, info) {
    state.pageType = route.pageType;
    state.info = info;
    if (info) renderWatch(info, route.start);
    else renderBrowse(null);
  }

  // ---- player -----------------------------------------------------------------

  function duration() {
    return Number.isFinite(video.duration) ? video.duration : state.info?.durationSeconds ?? 0;
  }

  function updateProgress() {
    const total = duration();
    const now = video.currentTime;
    progressBar.setAttribute('aria-valuemax', String(Math.round(total)));
    progressBar.setAttribute('aria-valuenow', String(Math.floor(now)));
    progressBar.setAttribute('aria-valuetext', `${formatTime(now)} of ${formatTime(total)}`);
    const fraction = total > 0 ? Math.min(now / total, 1) : 0;
    player.querySelector('.ytp-play-progress').style.transform = `scaleX(${fraction})`;
    player.querySelector('.ytp-scrubber-container').style.transform = `translateX(${fraction * progressBar.clientWidth}px)`;
    player.querySelector('.ytp-time-current').textContent = formatTime(now);
    player.querySelector('.ytp-time-duration').textContent = formatTime(total);
  }
  for (const type of ['timeupdate', 'durationchange', 'loadedmetadata', 'seeking', 'seeked', 'emptied']) {
    video.addEventListener(type, updateProgress);
  }
  for (const type of ['play', 'pause']) {
    video.addEventListener(type, () => {
      player.classList.toggle('playing-mode', !video.paused);
      player.classList.toggle('paused-mode', video.paused);
    });
  }

  function timeAt(clientX) {
    const rect = progressBar.getBoundingClientRect();
    return Math.min(Math.max((clientX - rect.left) / rect.width, 0), 1) * duration();
  }

  progressBar.addEventListener('mousedown', (event) => {
    // YouTube does not let viewers seek inside an ad.
    if (event.button !== 0 || state.ad) return;
    video.currentTime = timeAt(event.clientX);
  });
  progressBar.addEventListener('mousemove', (event) => {
    tooltip.style.display = '';
    tooltip.querySelector('.ytp-tooltip-text').textContent = formatTime(timeAt(event.clientX));
    const playerRect = player.getBoundingClientRect();
    tooltip.style.left = `${event.clientX - playerRect.left - tooltip.offsetWidth / 2}px`;
  });
  progressBar.addEventListener('mouseleave', () => {
    tooltip.style.display = 'none';
  });
  player.querySelector('.ytp-play-button').addEventListener('click', () => {
    if (video.paused) video.play().catch(() => {});
    else video.pause();
  });
  player.querySelector('.ytp-size-button').addEventListener('click', () => setTheater(!watch.hasAttribute('theater')));
  player.querySelector('.ytp-fullscreen-button').addEventListener('click', () => {
    if (document.fullscreenElement) document.exitFullscreen();
    else document.querySelector('ytd-app').requestFullscreen().catch(() => {});
  });
  document.addEventListener('fullscreenchange', () => watch.toggleAttribute('fullscreen', !!document.fullscreenElement));

  // YouTube's own shortcuts, on document in the bubble phase, ignored while typing in a field.
  // window.__standinKeys counts the ones it acted on, so tests can tell they never fired.
  window.__standinKeys = [];
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable)) return;
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const actions = {
      k: () => (video.paused ? video.play().catch(() => {}) : video.pause()),
      j: () => (video.currentTime -= 10),
      l: () => (video.currentTime += 10),
      ArrowLeft: () => (video.currentTime -= 5),
      ArrowRight: () => (video.currentTime += 5),
      ArrowUp: () => (video.volume = Math.min(1, video.volume + 0.05)),
      ArrowDown: () => (video.volume = Math.max(0, video.volume - 0.05)),
      f: () => player.querySelector('.ytp-fullscreen-button').click(),
      t: () => setTheater(!watch.hasAttribute('theater')),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    window.__standinKeys.push(event.key);
    action();
  });

  // ---- ads --------------------------------------------------------------------

  /** The same <video> plays the ad, as on YouTube: currentTime and duration belong to the ad meanwhile. */
  function startAd() {
    if (state.ad || !state.info) return Promise.resolve();
    state.ad = { src: state.info.src, time: video.currentTime, paused: video.paused };
    player.classList.add('ad-showing', 'ad-interrupting');
    player.querySelector('.video-ads').replaceChildren(
      h('div', { class: 'ytp-ad-player-overlay-layout' }, h('span', { class: 'ytp-ad-badge' }, 'Sponsored')));
    video.src = '/video/standin-ad.webm';
    const loaded = nextMetadata();
    video.play().catch(() => {});
    return loaded;
  }

  function endAd() {
    const saved = state.ad;
    if (!saved) return Promise.resolve();
    state.ad = null;
    player.classList.remove('ad-showing', 'ad-interrupting');
    player.querySelector('.video-ads').replaceChildren();
    video.src = saved.time > 0 ? `${saved.src}#t=${saved.time}` : saved.src;
    const loaded = nextMetadata();
    if (!saved.paused) video.play().catch(() => {});
    return loaded;
  }
  video.addEventListener('ended', () => {
    if (state.ad) endAd().catch(() => {});
  });

  // ---- navigation -------------------------------------------------------------

  function fire(phase, route, url) {
    const type = mobile ? `state-navigate${phase}` : `yt-navigate-${phase}`;
    const webPageType = { watch: 'WEB_PAGE_TYPE_WATCH', shorts: 'WEB_PAGE_TYPE_SHORTS', browse: 'WEB_PAGE_TYPE_BROWSE' }[route.pageType];
    const endpoint = { commandMetadata: { webCommandMetadata: { url: url.pathname + url.search, webPageType } } };
    if (route.videoId) endpoint.watchEndpoint = { videoId: route.videoId, startTimeSeconds: route.start };
    document.dispatchEvent(new CustomEvent(type, { bubbles: true, detail: { pageType: route.pageType, endpoint } }));
  }

  /** An in-page navigation the way YouTube does it; `push` is false for back/forward. */
  async function navigate(href, push = true) {
    const url = new URL(href, location.href);
    const route = routeOf(url);
    if (!route) {
      location.assign(url.href);
      return;
    }
    const seq = ++navigationSeq;
    fire('start', route, url);
    let info = null;
    if (route.videoId) {
      const response = await fetch(`/standin/api/video/${encodeURIComponent(route.videoId)}`);
      if (!response.ok) throw new Error(`stand-in: no video ${route.videoId} (${response.status})`);
      info = await response.json();
    }
    if (seq !== navigationSeq) return; // A later navigation won.
    if (push) history.pushState({ standin: true }, '', url.href);
    show(route, info);
    state.navigations++;
    fire(mobile ? 'end' : 'finish', route, url);
    if (!mobile) document.dispatchEvent(new CustomEvent('yt-page-data-updated', { bubbles: true }));
  }

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (state.pageType === 'embed' || !routeOf(new URL(link.href))) return;
    event.preventDefault();
    navigate(link.href).catch((error) => console.error(error));
  });
  window.addEventListener('popstate', () => {
    navigate(location.href, false).catch((error) => console.error(error));
  });

  // ---- test API and first render ----------------------------------------------

  window.__standin = {
    navigate: (href) => navigate(href),
    startAd,
    endAd,
    setDarkTheme,
    setTheater,
    setNarrow,
    state: () => ({
      pageType: state.pageType,
      videoId: state.info?.videoId ?? null,
      title: state.info?.title ?? null,
      durationSeconds: state.info?.durationSeconds ?? null,
      adShowing: !!state.ad,
      layout: watch.localName,
      navigations: state.navigations,
    }),
  };

  const firstRoute = routeOf(new URL(location.href)) ?? { pageType: 'browse', videoId: null, start: 0 };
  if (initial.video) {
    renderWatch(initial.video, firstRoute.start);
    if (params.get('ad') === '1') startAd().catch(() => {});
  } else {
    watch.remove(); // Created on the first visit to a watch page, as on YouTube.
    renderBrowse(initial.home);
  }
  // YouTube fires the finish event for the first page too, often before a
  // document_idle content script exists. Embeds do not use the app's router.
  if (initial.pageType !== 'embed') fire(mobile ? 'end' : 'finish', firstRoute, new URL(location.href));
})();
