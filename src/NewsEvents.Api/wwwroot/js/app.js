// The dashboard: filters in the URL drive the map, the timeline and the list together; #event/{id} opens an event,
// #ingest the ingest box. Only the public API is called.
import * as api from './api.js';
import { el, number } from './format.js';
import { state, readUrl, writeUrl, readForm as readFormInto, fillForm as fillFormFrom, lastSearch, sortParam } from './state.js';
import * as picks from './picklists.js';
import { createMap } from './map.js';
import { createTimeline } from './timeline.js';
import { renderList } from './list.js';
import { renderEvent } from './detail.js';
import { setUpIngest } from './ingest.js';
import { createLive } from './live.js';

const $ = selector => document.querySelector(selector);
const form = $('#filters');
const fillForm = () => fillFormFrom(form);
const readForm = () => readFormInto(form);

// --- views ------------------------------------------------------------------------------------------------------
const mapView = createMap($('#map'), $('#map-caption'), $('#legend'));
const timeline = createTimeline($('#timeline'), (from, to) => {
  state.filters = { ...state.filters, from, to };
  fillForm();
  apply(true);
}, shown => { for (const radio of document.querySelectorAll('input[name=bucket]')) radio.checked = radio.value === shown; });
const live = createLive($('#live-text'), onLiveItem);
window.dashboard = { map: mapView };
let generation = 0;
// The refresh of the current generation (it never rejects: refresh shows its errors itself).
let latest = Promise.resolve();

/**
 * Resolves once the refresh of the current generation has finished. A filter change or a step back while one is
 * awaited starts a newer one, and the data on screen is that newer one's, so it is awaited in turn.
 */
async function settled() {
  for (let seen = null; seen !== latest;) {
    seen = latest;
    await seen;
  }
}

function showError(error) {
  const box = $('#error');
  box.hidden = !error;
  box.textContent = error ? `Could not load: ${error.message}` : '';
}

let listTicket = 0;
async function loadList(my) {
  // Sorting and paging reload the list alone: only the latest answer is drawn.
  const ticket = ++listTicket;
  const page = await api.events(state.filters, sortParam(), state.page);
  if (my !== generation || ticket !== listTicket) return;
  renderList($('#events-table'), $('#page-info'), $('#prev'), $('#next'), page, state.sort, state.descending);
}

async function loadStats(my) {
  const buckets = await api.stats(state.filters, 'day');
  if (my !== generation) return;
  timeline.set(buckets);
  const sum = key => buckets.reduce((total, b) => total + b[key], 0);
  const events = sum('events');
  const totals = $('#totals');
  totals.dataset.events = String(events);
  totals.textContent = `${number(events)} event${events === 1 ? '' : 's'} · ${number(sum('fatalities'))} fatalities`
    + (sum('fatalitiesHigh') > sum('fatalitiesLow') ? ` (sources reported ${number(sum('fatalitiesLow'))} to ${number(sum('fatalitiesHigh'))})` : '');
}

function refresh(options) {
  latest = load(++generation, options);
  return latest;
}

async function load(my, { fit = false, points = true } = {}) {
  document.documentElement.dataset.loading = 'true';
  try {
    await Promise.all([
      points ? api.points(state.filters).then(async data => {
        performance.mark('points-fetched');
        if (my === generation) await mapView.setPoints(data, fit);
        performance.mark('points-drawn');
      }) : null,
      loadStats(my),
      loadList(my),
    ]);
    if (my === generation) showError(null);
  } catch (error) {
    if (my === generation) showError(error);
  } finally {
    if (my === generation) delete document.documentElement.dataset.loading;
  }
}

function apply(push) {
  state.page = 1;
  writeUrl(push);
  live.connect(state.filters);
  refresh({ fit: true });
  loadAdmin1();
}

// Stream items arrive already filtered by the server: the point goes on the map at once, while counts, timeline and
// list are fetched again shortly after (several items in a burst cost one refresh).
let pending = null;
function onLiveItem(item) {
  mapView.upsert(item);
  const e = item.event;
  $('#live-text').textContent = `${item.change === 'created' ? 'New' : 'Updated'} event: ${e.type} in ${e.location ?? 'an unknown place'}${e.fatalities ? `, ${number(e.fatalities)} killed` : ''}`;
  clearTimeout(pending);
  pending = setTimeout(() => {
    // The current generation: a filter change meanwhile supersedes this refresh as it does any other.
    Promise.all([loadStats(generation), loadList(generation)]).catch(showError);
    if (e.country && ![...form.elements.country.options].some(o => o.value === e.country)) loadCountries();
  }, 300);
}

const loadCountries = () => picks.loadCountries(form.elements.country, state.filters.country);
const loadAdmin1 = () => picks.loadAdmin1($('#admin1-list'), state.filters.country);
const loadActors = () => picks.loadActors($('#actor-list'));

// --- routing ----------------------------------------------------------------------------------------------------
async function route() {
  const hash = location.hash.replace(/^#/, '');
  const eventMatch = /^event\/(\d+)$/.exec(hash);
  const view = eventMatch ? 'event' : hash === 'ingest' ? 'ingest' : 'events';
  for (const name of ['events', 'event', 'ingest']) $(`#view-${name}`).hidden = name !== view;
  for (const link of document.querySelectorAll('nav a[data-view]')) {
    if (link.dataset.view === (view === 'event' ? 'events' : view)) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (view === 'event') {
    const body = $('#event-body');
    body.replaceChildren(el('p', { text: 'Loading…' }));
    try {
      const e = await renderEvent(body, eventMatch[1]);
      document.title = `${e.type}, ${e.date ?? 'undated'} — NewsEvents`;
      $('#event-title')?.focus();
    } catch (error) {
      body.replaceChildren(el('p', { class: 'error', role: 'alert', text: `Could not load event ${eventMatch[1]}: ${error.message}` }));
    }
  } else {
    document.title = view === 'ingest' ? 'Ingest an article — NewsEvents' : 'NewsEvents dashboard';
    if (view === 'events') mapView.map.invalidateSize();
  }
}

// --- wiring -----------------------------------------------------------------------------------------------------
form.addEventListener('submit', event => { event.preventDefault(); readForm(); apply(true); });
form.addEventListener('change', event => { if (event.target.name) { readForm(); apply(true); } });
$('#reset').addEventListener('click', () => { state.filters = {}; fillForm(); apply(true); });
for (const radio of document.querySelectorAll('input[name=bucket]'))
  radio.addEventListener('change', () => { state.bucket = radio.value; writeUrl(false); timeline.setBucket(state.bucket); });
for (const button of document.querySelectorAll('th button[data-sort]'))
  button.addEventListener('click', () => {
    state.descending = state.sort === button.dataset.sort ? !state.descending : true;
    state.sort = button.dataset.sort;
    state.page = 1;
    writeUrl(true);
    loadList(generation).catch(showError);
  });
$('#prev').addEventListener('click', () => { state.page = Math.max(1, state.page - 1); writeUrl(true); loadList(generation).catch(showError); });
$('#next').addEventListener('click', () => { state.page += 1; writeUrl(true); loadList(generation).catch(showError); });
window.addEventListener('hashchange', route);
// Back and forward: popstate also fires for hash changes, which only change the view (hashchange routes them).
window.addEventListener('popstate', () => {
  if (location.search === lastSearch()) return;
  readUrl();
  fillForm();
  live.connect(state.filters);
  refresh({ fit: true });
});
document.querySelector('.back').addEventListener('click', event => {
  event.preventDefault();
  history.pushState(null, '', `${location.pathname}${location.search}`);
  route();
  $('#list-title').focus();
});
// On a phone the filters start folded, leaving the map in view.
if (window.matchMedia('(max-width: 700px)').matches) $('#filters-box').open = false;
setUpIngest($('#ingest-form'), $('#ingest-status'), $('#ingest-result'));

readUrl();
fillForm();
timeline.setBucket(state.bucket);
route();
live.connect(state.filters);
performance.mark('app-start');
refresh({ fit: true });
Promise.all([settled().then(() => performance.mark('data-drawn')), mapView.outlines]).finally(() => {
  // The first complete render (points, timeline, list, outlines), for the tests and for anyone measuring.
  window.firstRenderMs = Math.round(performance.now());
  api.dropEarly();
  // The pick lists wait until then: they are not needed to see the data, and they compete with it.
  Promise.all([loadCountries(), loadActors(), loadAdmin1()]).finally(() => {
    document.documentElement.dataset.ready = 'true';
  });
});
