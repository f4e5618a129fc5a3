// The view's state, kept in the URL so that a view can be shared and reloaded: the filters, the list's sort and page,
// and the timeline's bucket when the reader chose one.
import { FILTER_KEYS, query } from './api.js';
import { countryName, el } from './format.js';

export const state = { filters: {}, sort: 'date', descending: true, page: 1, bucket: 'auto' };
let written = location.search;

/** The query string this page last read or wrote (popstate compares against it). */
export const lastSearch = () => written;

export function readUrl() {
  const params = new URLSearchParams(location.search);
  state.filters = Object.fromEntries(FILTER_KEYS.filter(k => params.get(k)).map(k => [k, params.get(k)]));
  const sort = params.get('sort') ?? 'date';
  state.sort = sort.startsWith('fatalities') ? 'fatalities' : 'date';
  state.descending = !sort.endsWith('-asc');
  state.page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  state.bucket = ['day', 'week'].includes(params.get('bucket')) ? params.get('bucket') : 'auto';
  written = location.search;
}

export function writeUrl(push) {
  const sort = state.sort === 'date' && state.descending ? '' : `${state.sort}-${state.descending ? 'desc' : 'asc'}`;
  const q = query(state.filters, { sort, page: state.page > 1 ? state.page : '', bucket: state.bucket === 'auto' ? '' : state.bucket });
  const url = `${location.pathname}${q}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  written = location.search;
}

export const sortParam = () => `${state.sort}-${state.descending ? 'desc' : 'asc'}`;

export function fillForm(form) {
  for (const key of FILTER_KEYS) {
    const input = form.elements[key];
    if (key === 'country' && state.filters.country && ![...input.options].some(o => o.value === state.filters.country))
      input.append(el('option', { value: state.filters.country, text: countryName(state.filters.country) }));
    input.value = state.filters[key] ?? '';
  }
}

export function readForm(form) {
  const data = new FormData(form);
  state.filters = Object.fromEntries(FILTER_KEYS.map(k => [k, String(data.get(k) ?? '').trim()]).filter(([, v]) => v));
}
