// Behaviour of the stand-in YouTube app (see watch.html). Plain JavaScript in the
// page world, no network beyond the stand-in server. Mimics what extensions see:
// - in-page navigation: yt-navigate-start, history.pushState, the same <video>
//   gets a new src, yt-navigate-finish (state-navigatestart/-end on m.youtube.com);
//   also on first load (synchronously, before document_end content scripts run);
// - ads: #movie_player.ad-showing.ad-interrupting while the same <video> plays an ad clip;
// - theater mode moves #player-container into #player-full-bleed-container;
// - layouts ytd-watch-flexy / ytd-watch-grid (2024: its own #primary/#secondary,
//   the metadata in #secondary-inner, recommendations in #below #bottom-grid),
//   html[dark], narrow (no #secondary);
// - the 2025 player (.ytp-delhi-modern), a missing or late progress bar, a
//   <video> that YouTube inserts late;
// - hover previews: ytd-video-preview#video-preview holding a second, playing
//   html5 player (#inline-preview-player, its video also .html5-main-video);
// - the miniplayer: browsing away moves ytd-player into ytd-miniplayer and the
//   same <video> keeps playing; expanding it moves the player back.
// Query parameters on first load: layout=grid|flexy, theme=dark, autoplay=0, ad=1, t=1m30s,
// secondary=0 (no #secondary at all), bar=0 (no .ytp-progress-bar-container),
// player=delhi (the 2025 player), lateVideo=MS (the <video> inserted after MS ms),
// preview=app|player (a hover preview playing from the start; `app` puts it first in
// ytd-app, `player` inside #movie_player, before the main video's container),
// previewVideo=ID (the preview's video; the watched one by default), previewAt=S.
// Test API: window.__standin (typed in tests/e2e/harness/browser.ts).
(() => {
  'use strict';

  const initial = JSON.parse(document.getElementById('standin-initial-data').textContent);
  const params = new URLSearchParams(location.search);
  const mobile = location.hostname.startsWith('m.');
  const autoplay = params.get('autoplay') !== '0';

  const app = document.querySelector('ytd-app');
  const pageManager = document.getElementById('page-manager');
  const browse = document.querySelector('ytd-browse');
  const miniplayer = document.querySelector('ytd-miniplayer');
  const player = document.getElementById('movie_player');
  const ytdPlayer = player.closest('ytd-player');
  const videoContainer = player.querySelector('.html5-video-container');
  const video = videoContainer.querySelector('video.html5-main-video');
  const tooltip = player.querySelector('.ytp-tooltip');
  const chromeBottom = player.querySelector('.ytp-chrome-bottom');
  // A pristine copy, taken before any extension touched the page: YouTube builds
  // a fresh bar when it (re)renders its controls.
  const barTemplate = player.querySelector('.ytp-progress-bar-container').cloneNode(true);
  let progressBar = null;
  let watch = document.querySelector('ytd-watch-flexy');
  let secondary = watch.querySelector('#secondary');

  /** The page as the app sees it. */
  const state = { pageType: initial.pageType, info: initial.video, ad: null, navigations: 0, miniplayer: false };
  let navigationSeq = 0;
  /** The source the main <video> gets once YouTube has inserted it (late-video mode). */
  let pendingSource = null;

  // YouTube's tags are registered custom elements (`:defined` matches them).
  for (const tag of new Set([...document.querySelectorAll('*')].map((el) => el.localName).concat('ytd-watch-grid', 'ytd-video-preview', 'ytd-rich-grid-renderer'))) {
    if (tag.includes('-') && !customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
  }

  /** Elements of the current watch page (ids repeat elsewhere in the app: previews, the miniplayer). */
  const inWatch = (selector) => watch.querySelector(selector);

  // ---- layout and theme -------------------------------------------------------

  if (params.get('layout') === 'grid') buildGrid();
  if (params.get('theme') === 'dark') document.documentElement.setAttribute('dark', '');
  if (params.get('secondary') === '0') {
    // Some experiments and other extensions leave no side column at all, in a wide window.
    secondary.remove();
    secondary = null;
  }

  /**
   * The 2024 layout, `ytd-watch-grid`, with its own structure: the player and,
   * below it, a grid of recommendations (#below #bottom-grid) in #primary; the
   * title and metadata in #secondary #secondary-inner beside the player; no #related.
   */
  function buildGrid() {
    const grid = document.createElement('ytd-watch-grid');
    for (const { name, value } of watch.attributes) if (name !== 'flexy') grid.setAttribute(name, value);
    grid.setAttribute('default-layout', '');
    const metadata = watch.querySelector('ytd-watch-metadata');
    const related = watch.querySelector('#related');
    grid.append(...watch.childNodes);
    for (const el of grid.querySelectorAll('.ytd-watch-flexy')) {
      el.classList.replace('ytd-watch-flexy', 'ytd-watch-grid');
    }
    const below = grid.querySelector('#below');
    below.replaceChildren(h('div', { id: 'bottom-grid', class: 'style-scope ytd-watch-grid' },
      h('ytd-rich-grid-renderer', { class: 'style-scope ytd-watch-grid' }, h('div', { id: 'contents', class: 'style-scope ytd-rich-grid-renderer' }))));
    related.remove();
    grid.querySelector('#secondary-inner').append(metadata);
    watch.replaceWith(grid);
    watch = grid;
    secondary = grid.querySelector('#secondary');
  }

  function setDarkTheme(on) {
    document.documentElement.toggleAttribute('dark', on);
  }

  function setTheater(on) {
    watch.toggleAttribute('theater', on);
    watch.toggleAttribute('full-bleed-player', on);
    const container = inWatch('#player-container');
    const target = on ? inWatch('#player-full-bleed-container') : inWatch('#player-container-inner');
    if (container.parentElement !== target) target.append(container);
  }

  function setNarrow(on) {
    watch.toggleAttribute('is-two-columns_', !on);
    if (!secondary) return;
    if (on) secondary.remove();
    else if (!secondary.isConnected) inWatch('#columns').append(secondary);
  }

  // ---- the 2025 player --------------------------------------------------------

  if (params.get('player') === 'delhi') {
    // The 2025 redesign: same ids and bar classes, controls grouped in rounded pills.
    player.classList.add('ytp-delhi-modern', 'ytp-delhi-modern-icons', 'ytp-delhi-horizontal-volume-controls');
    for (const group of player.querySelectorAll('.ytp-left-controls, .ytp-right-controls')) group.classList.add('ytp-delhi-modern-compact-controls');
  }

  // ---- the progress bar -------------------------------------------------------

  /** Builds YouTube's seek bar afresh (a new element, as when YouTube re-renders its controls), or removes it. */
  function setProgressBar(on) {
    chromeBottom.querySelector('.ytp-progress-bar-container')?.remove();
    progressBar = null;
    if (!on) return;
    const container = barTemplate.cloneNode(true);
    chromeBottom.prepend(container);
    wireProgressBar(container.querySelector('.ytp-progress-bar'));
    updateProgress();
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
    inWatch('ytd-watch-metadata #title h1 yt-formatted-string').textContent = info.title;
    document.title = `${info.title} - YouTube`;
    // Recommendations: in the side column (flexy), in the grid below the player (grid), or nowhere (no side column).
    inWatch('#related #items')?.replaceChildren(...info.related.map((item) => videoLink(item, 'ytd-compact-video-renderer')));
    inWatch('#bottom-grid #contents')?.replaceChildren(...info.related.map((item) => videoLink(item, 'ytd-rich-item-renderer')));
    // Expanding the miniplayer brings back the video that was playing, untouched.
    if (state.miniplayer && state.info?.videoId === info.videoId) return;
    state.ad = null;
    player.classList.remove('ad-showing', 'ad-interrupting');
    player.querySelector('.video-ads').replaceChildren();
    // A media fragment carries the start time, so no listener has to outlive the load.
    loadSource(start > 0 ? `${info.src}#t=${start}` : info.src);
    updateProgress();
  }

  /** Gives the main <video> its source and plays it; in late-video mode, once the element is in the player. */
  function loadSource(src) {
    if (!video.isConnected) {
      pendingSource = src;
      return;
    }
    pendingSource = null;
    video.src = src;
    if (autoplay) video.play().catch(() => {});
  }

  function renderBrowse(home, { keepPlaying = false } = {}) {
    // YouTube keeps the watch page in the DOM, hidden, once it exists.
    watch.setAttribute('hidden', '');
    if (!keepPlaying) video.pause();
    browse.removeAttribute('hidden');
    if (home) {
      browse.querySelector('#contents').replaceChildren(...home.map((item) => videoLink(item, 'ytd-rich-item-renderer')));
    }
    document.title = 'YouTube';
  }

  function show(route, info, { keepPlaying = false } = {}) {
    state.pageType = route.pageType;
    if (info) renderWatch(info, route.start);
    else renderBrowse(null, { keepPlaying });
    if (info || !keepPlaying) state.info = info;
  }

  // ---- player -----------------------------------------------------------------

  function duration() {
    return Number.isFinite(video.duration) ? video.duration : state.info?.durationSeconds ?? 0;
  }

  function updateProgress() {
    const total = duration();
    const now = video.currentTime;
    player.querySelector('.ytp-time-current').textContent = formatTime(now);
    player.querySelector('.ytp-time-duration').textContent = formatTime(total);
    if (!progressBar) return;
    progressBar.setAttribute('aria-valuemax', String(Math.round(total)));
    progressBar.setAttribute('aria-valuenow', String(Math.floor(now)));
    progressBar.setAttribute('aria-valuetext', `${formatTime(now)} of ${formatTime(total)}`);
    const fraction = total > 0 ? Math.min(now / total, 1) : 0;
    progressBar.querySelector('.ytp-play-progress').style.transform = `scaleX(${fraction})`;
    progressBar.querySelector('.ytp-scrubber-container').style.transform = `translateX(${fraction * progressBar.clientWidth}px)`;
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

  function wireProgressBar(bar) {
    progressBar = bar;
    const timeAt = (clientX) => {
      const rect = bar.getBoundingClientRect();
      return Math.min(Math.max((clientX - rect.left) / rect.width, 0), 1) * duration();
    };
    bar.addEventListener('mousedown', (event) => {
      // YouTube does not let viewers seek inside an ad.
      if (event.button !== 0 || state.ad) return;
      video.currentTime = timeAt(event.clientX);
    });
    bar.addEventListener('mousemove', (event) => {
      tooltip.style.display = '';
      tooltip.querySelector('.ytp-tooltip-text').textContent = formatTime(timeAt(event.clientX));
      const playerRect = player.getBoundingClientRect();
      tooltip.style.left = `${event.clientX - playerRect.left - tooltip.offsetWidth / 2}px`;
    });
    bar.addEventListener('mouseleave', () => {
      tooltip.style.display = 'none';
    });
  }
  wireProgressBar(player.querySelector('.ytp-progress-bar'));
  if (params.get('bar') === '0') setProgressBar(false);

  // ---- a <video> that YouTube inserts late ------------------------------------

  const lateVideoMs = Number(params.get('lateVideo'));
  if (lateVideoMs > 0) {
    // The player's shell renders first; the media element arrives with the player's script.
    video.remove();
    setTimeout(insertVideo, lateVideoMs);
  }

  function insertVideo() {
    if (video.isConnected) return;
    videoContainer.append(video);
    if (pendingSource) loadSource(pendingSource);
  }
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

  // ---- hover previews ---------------------------------------------------------

  let preview = null;

  /**
   * A hover preview, as YouTube plays one over a thumbnail: ytd-video-preview
   * holds a whole second html5 player in inline-preview mode, with its own
   * <video class="html5-main-video"> and its own seek bar. `placement: 'app'`
   * puts it first in ytd-app (before the watch page in document order);
   * `'player'` puts it inside #movie_player, before the main video's container.
   * Resolves once the preview plays.
   */
  function showPreview({ videoId = state.info?.videoId ?? 'standinpreview', at = 0, placement = 'app' } = {}) {
    hidePreview();
    const previewVideo = h('video', { class: 'video-stream html5-main-video', muted: '', playsinline: '', loop: '' });
    previewVideo.muted = true;
    const bar = barTemplate.cloneNode(true);
    const element = h('ytd-video-preview', { id: 'video-preview', class: 'style-scope ytd-app', active: '', 'data-placement': placement },
      h('div', { id: 'media-container', class: 'style-scope ytd-video-preview' },
        h('div', { id: 'player-container', class: 'style-scope ytd-video-preview' },
          h('ytd-player', { id: 'inline-player', class: 'style-scope ytd-video-preview' },
            h('div', { id: 'container', class: 'style-scope ytd-player' },
              h('div', { id: 'inline-preview-player', class: 'html5-video-player ytp-hide-controls ytp-inline-preview-mode playing-mode', tabindex: '-1' },
                h('div', { class: 'html5-video-container' }, previewVideo),
                h('div', { class: 'ytp-chrome-bottom' }, bar)))))),
      h('div', { id: 'details', class: 'style-scope ytd-video-preview' }, `Preview of ${videoId}`));
    if (placement === 'player') player.prepend(element);
    else app.prepend(element);
    const previewBar = bar.querySelector('.ytp-progress-bar');
    const sync = () => {
      previewBar.setAttribute('aria-valuemax', String(Math.round(previewVideo.duration || 0)));
      previewBar.setAttribute('aria-valuenow', String(Math.floor(previewVideo.currentTime)));
    };
    for (const type of ['timeupdate', 'durationchange']) previewVideo.addEventListener(type, sync);
    preview = { element, video: previewVideo };
    previewVideo.src = `/video/${videoId}.webm#t=${at}`;
    return new Promise((resolve, reject) => {
      previewVideo.addEventListener('playing', () => resolve(), { once: true });
      previewVideo.addEventListener('error', () => reject(new Error(`preview video error ${previewVideo.error?.code}`)), { once: true });
      previewVideo.play().catch(() => {});
    });
  }

  /** Seeks the preview's own video; resolves once it got there. */
  function setPreviewTime(seconds) {
    if (!preview) return Promise.reject(new Error('stand-in: no preview showing'));
    const { video: previewVideo } = preview;
    return new Promise((resolve) => {
      previewVideo.addEventListener('seeked', () => resolve(previewVideo.currentTime), { once: true });
      previewVideo.currentTime = seconds;
    });
  }

  function hidePreview() {
    if (!preview) return;
    preview.video.pause();
    preview.video.removeAttribute('src');
    preview.element.remove();
    preview = null;
  }

  // ---- the miniplayer ---------------------------------------------------------

  /**
   * The viewer browses away while a video plays: YouTube navigates to the home
   * page and moves ytd-player (with #movie_player and the same <video>, still
   * playing) into ytd-miniplayer.
   */
  async function openMiniplayer() {
    if (state.miniplayer || !state.info) return;
    await navigate('/', true, {
      beforeShow() {
        state.miniplayer = true;
        miniplayer.querySelector('#player-container').append(ytdPlayer);
        miniplayer.querySelector('#miniplayer-title').textContent = state.info.title;
        miniplayer.setAttribute('active', '');
        app.setAttribute('miniplayer-is-active', '');
        player.classList.add('ytp-player-minimized');
      },
      keepPlaying: true,
    });
  }

  /**
   * The viewer expands the miniplayer: YouTube navigates back to the watch page,
   * then the watch page takes its player back. `reattachAfterMs` is how long
   * after yt-navigate-finish that happens (the watch page renders first).
   */
  async function expandMiniplayer({ reattachAfterMs = 0 } = {}) {
    if (!state.miniplayer) return;
    const reattach = () => {
      inWatch('#player-container').append(ytdPlayer);
      miniplayer.removeAttribute('active');
      app.removeAttribute('miniplayer-is-active');
      player.classList.remove('ytp-player-minimized');
      state.miniplayer = false;
    };
    await navigate(`/watch?v=${state.info.videoId}`, true, {
      afterFinish: () => new Promise((resolve) => setTimeout(() => resolve(reattach()), reattachAfterMs)),
    });
  }

  // ---- navigation -------------------------------------------------------------

  /** An in-page navigation the way YouTube does it; `push` is false for back/forward. */
  async function navigate(href, push = true, { beforeShow, afterFinish, keepPlaying = false } = {}) {
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
    beforeShow?.();
    show(route, info, { keepPlaying });
    state.navigations++;
    fire(mobile ? 'end' : 'finish', route, url);
    if (!mobile) document.dispatchEvent(new CustomEvent('yt-page-data-updated', { bubbles: true }));
    await afterFinish?.();
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
    setProgressBar,
    insertVideo,
    showPreview,
    setPreviewTime,
    hidePreview,
    openMiniplayer,
    expandMiniplayer,
    state: () => ({
      pageType: state.pageType,
      videoId: state.info?.videoId ?? null,
      title: state.info?.title ?? null,
      durationSeconds: state.info?.durationSeconds ?? null,
      adShowing: !!state.ad,
      layout: watch.localName,
      navigations: state.navigations,
      miniplayer: state.miniplayer,
      preview: preview ? { placement: preview.element.dataset.placement, currentTime: preview.video.currentTime, paused: preview.video.paused } : null,
    }),
  };

  const firstRoute = routeOf(new URL(location.href)) ?? { pageType: 'browse', videoId: null, start: 0 };
  if (initial.video) {
    renderWatch(initial.video, firstRoute.start);
    if (params.get('ad') === '1') startAd().catch(() => {});
    const previewPlacement = params.get('preview');
    if (previewPlacement === 'app' || previewPlacement === 'player') {
      showPreview({ videoId: params.get('previewVideo') ?? initial.video.videoId, at: parseStart(params.get('previewAt')), placement: previewPlacement })
        .catch((error) => console.error(error));
    }
  } else {
    watch.remove(); // Created on the first visit to a watch page, as on YouTube.
    renderBrowse(initial.home);
  }
  // YouTube fires the finish event for the first page too, often before a
  // document_idle content script exists. Embeds do not use the app's router.
  if (initial.pageType !== 'embed') fire(mobile ? 'end' : 'finish', firstRoute, new URL(location.href));
})();
