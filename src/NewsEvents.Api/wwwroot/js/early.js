// Starts the first render's requests as soon as this tiny module has loaded, while the browser is still compiling the
// map and chart libraries (a few hundred milliseconds on a busy machine); app.js takes the answers over.
import * as api from './api.js';
import { state, readUrl, sortParam } from './state.js';

readUrl();
const search = location.search;
const started = {
  points: api.points(state.filters),
  stats: api.stats(state.filters, 'day'),
  list: api.events(state.filters, sortParam(), state.page),
  outlines: fetch('vendor/world-atlas/countries-110m.json').then(r => r.json()),
};
// An unused answer must not be reported as an unhandled rejection; whoever takes it sees the error.
for (const promise of Object.values(started)) promise.catch(() => {});

/** The early answer for this request if the URL has not changed since, once; otherwise null. */
export function take(name) {
  if (location.search !== search || !(name in started)) return null;
  const promise = started[name];
  delete started[name];
  return promise;
}
