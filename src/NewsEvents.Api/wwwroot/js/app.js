// The dashboard: filters in the URL drive the map, the timeline and the list together; #event/{id} opens an event,
// #ingest the ingest box. Only the public API is called.
import * as api from './api.js';
import { FILTER_KEYS } from './api.js';
import { countryName, el, number } from './format.js';
import { createMap } from './map.js';
import { createTimeline } from './timeline.js';
import { renderList } from './list.js';
import { renderEvent } from './detail.js';
import { setUpIngest } from './ingest.js';
import { createLive } from './live.js';

const $ = selector => document.querySelector(selector);
const form = $('#filters');
const state = { filters: {}, sort: 'date', descending: true, page: 1, bucket: 'auto' };
let lastSearch = location.search;

// --- URL <-> state ---------------------------------------------------------------------------------------------
function readUrl() {
  const params = new URLSearchParams(location.search);
  state.filters = Object.fromEntries(FILTER_KEYS.filter(k => params.get(k)).map(k => [k, params.get(k)]));
  const sort = params.get('sort') ?? 'date';
  state.sort = sort.startsWith('fatalities') ? 'fatalities' : 'date';
  state.descending = !sort.endsWith('-asc');
  state.page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  state.bucket = ['day', 'week'].includes(params.get('bucket')) ? params.get('bucket') : 'auto';
}

function writeUrl(push) {
  const sort = state.sort === 'date' && state.descending ? '' : `${state.sort}-${state.descending ? 'desc' : 'asc'}`;
  const q = api.query(state.filters, { sort, page: state.page > 1 ? state.page : '', bucket: state.bucket === 'auto' ? '' : state.bucket });
  const url = `${location.pathname}${q}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  lastSearch = location.search;
}

function fillForm() {
  for (const key of FILTER_KEYS) {
    const input = form.elements[key];
    if (key === 'country' && state.filters.country && ![...input.options].some(o => o.value === state.filters.country))
      input.append(el('option', { value: state.filters.country, text: countryName(state.filters.country) }));
    input.value = state.filters[key] ?? '';
  }
}

function readForm() {
  const data = new FormData(form);
  state.filters = Object.fromEntries(FILTER_KEYS.map(k => [k, String(data.get(k) ?? '').trim()]).filter(([, v]) => v));
}

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

function showError(error) {
  const box = $('#error');
  box.hidden = !error;
  box.textContent = error ? `Could not load: ${error.message}` : '';
}

async function loadList(my) {
  const page = await api.events(state.filters, `${state.sort}-${state.descending ? 'desc' : 'asc'}`, state.page);
  if (my !== generation) return;
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

async function refresh({ fit = false, points = true } = {}) {
  const my = ++generation;
  document.documentElement.dataset.loading = 'true';
  try {
    await Promise.all([
      points ? api.points(state.filters).then(data => {
        performance.mark('points-fetched');
        if (my === generation) mapView.setPoints(data, fit);
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
    const my = ++generation;
    Promise.all([loadStats(my), loadList(my)]).catch(showError);
    if (e.country && ![...form.elements.country.options].some(o => o.value === e.country)) loadCountries();
  }, 300);
}

// --- pick lists -------------------------------------------------------------------------------------------------
async function loadCountries() {
  const buckets = await api.stats({}, 'country');
  const select = form.elements.country;
  const codes = new Set(buckets.map(b => b.key).filter(Boolean));
  if (state.filters.country) codes.add(state.filters.country);
  const options = [...codes].map(code => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name));
  select.replaceChildren(el('option', { value: '', text: 'All countries' }), ...options.map(o => el('option', { value: o.code, text: o.name })));
  select.value = state.filters.country ?? '';
}

async function loadAdmin1() {
  const list = $('#admin1-list');
  if (!state.filters.country) { list.replaceChildren(); return; }
  const page = await api.locations(state.filters.country).catch(() => ({ items: [] }));
  const names = [...new Set(page.items.map(l => l.admin1).filter(Boolean))].sort();
  list.replaceChildren(...names.map(n => el('option', { value: n })));
}

async function loadActors() {
  const page = await api.actors().catch(() => ({ items: [] }));
  $('#actor-list').replaceChildren(...page.items.map(a => el('option', { value: a.name })));
}

// --- routing ----------------------------------------------------------------------------------------------------
async function route() {
  const hash = location.hash.replace(/^#/, '');
  const eventMatch = /^event\/(\d+)$/.exec(hash);
  const view = eventMatch ? 'event' : hash === 'ingest' ? 'ingest' : 'events';
  for (const name of ['events', 'event', 'ingest']) $(`#view-${name}`).hidden = name !== view;
  for (const link of document.querySelectorAll('nav a[data-view]'))
    link.toggleAttribute('aria-current', link.dataset.view === (view === 'event' ? 'events' : view));
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
  if (location.search === lastSearch) return;
  lastSearch = location.search;
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
Promise.all([refresh({ fit: true }).then(() => performance.mark('data-drawn')), mapView.outlines]).finally(() => {
  // The first complete render (points, timeline, list, outlines), for the tests and for anyone measuring.
  window.firstRenderMs = Math.round(performance.now());
  // The pick lists wait until then: they are not needed to see the data, and they compete with it.
  Promise.all([loadCountries(), loadActors(), loadAdmin1()]).finally(() => {
    document.documentElement.dataset.ready = 'true';
  });
});
