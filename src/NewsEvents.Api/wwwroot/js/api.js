// The public query API, and nothing else. Every call takes the current filters as a query string.

export const FILTER_KEYS = ['from', 'to', 'country', 'admin1', 'type', 'actor', 'actorType', 'minFatalities'];

/** The filters as a query string (only the keys that are set). */
export function query(filters, extra = {}) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  for (const [key, value] of Object.entries(extra)) if (value !== undefined && value !== null && value !== '') params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The answer the page's head script already asked for with exactly this path (GET), once; null when there is none.
 * The first render takes them; whatever it left is dropped (see dropEarly), so that no later call gets a stale answer.
 */
export function early(path) {
  const response = window.earlyResponses?.get(path) ?? null;
  window.earlyResponses?.delete(path);
  return response;
}

export const dropEarly = () => window.earlyResponses?.clear();

/** GET or POST JSON; a problem-details answer becomes an Error whose message names the first field at fault. */
export async function getJson(path, options = {}) {
  const response = await ((options.method ? null : early(path)) ?? fetch(path, { headers: { Accept: 'application/json' }, ...options }));
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      const errors = problem.errors ? Object.entries(problem.errors).map(([k, v]) => `${k}: ${v.join(' ')}`) : [];
      message = [problem.title, ...errors].filter(Boolean).join(' — ');
    } catch { /* not JSON: keep the status line */ }
    throw new Error(message);
  }
  return response.json();
}

export const postJson = (path, body) =>
  getJson(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });

export const events = (filters, sort, page, size = 50) => getJson(`api/events${query(filters, { sort, page, size })}`);
export const points = filters => getJson(`api/events/points${query(filters)}`);
export const stats = (filters, groupBy = 'day') => getJson(`api/stats/events${query(filters, { groupBy })}`);
// a page of the event's reporting articles (the API's default size): an incident reported thousands of times comes a page at a time
export const eventDetail = (id, page = 1) => getJson(`api/events/${encodeURIComponent(id)}${page > 1 ? `?articlesPage=${page}` : ''}`);
export const extraction = articleId => getJson(`api/articles/${encodeURIComponent(articleId)}/extraction`);
export const actors = () => getJson('api/actors?size=500');
export const locations = country => getJson(`api/locations?country=${encodeURIComponent(country)}&size=500`);
export const streamUrl = filters => `api/events/stream${query(filters)}`;
