// The ingest box: preview an article's extraction (POST /api/extract, nothing stored) or store it (POST /api/articles).
import * as api from './api.js';
import { el, number, place } from './format.js';
import { highlight, reveal, extractionFacts } from './highlight.js';

export function setUpIngest(form, status, result) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const store = event.submitter?.value === 'store';
    const data = Object.fromEntries(new FormData(form));
    const body = { content: data.content, title: data.title || null, source: data.source || null, url: data.url || null,
      publishedAt: data.publishedAt || null, language: 'en' };
    status.textContent = store ? 'Storing…' : 'Extracting…';
    result.replaceChildren();
    try {
      if (store) {
        const response = await fetch('api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        const stored = await response.json();
        if (!response.ok) throw new Error([stored.title, ...Object.entries(stored.errors ?? {}).map(([k, v]) => `${k}: ${v.join(' ')}`)].join(' — '));
        status.textContent = response.status === 201 ? `Stored as article ${stored.id}.` : `Already stored as article ${stored.id}; nothing new was saved.`;
        render(result, stored.extraction);
      } else {
        const x = await api.postJson('api/extract', body);
        status.textContent = `Preview only, nothing stored: ${x.events.length} event${x.events.length === 1 ? '' : 's'} found.`;
        render(result, x);
      }
    } catch (error) {
      status.textContent = `Failed: ${error.message}`;
    }
  });
}

function render(container, x) {
  if (!x) return;
  const facts = extractionFacts(x);
  const marked = highlight(x.cleanText, facts);
  const button = f => {
    const anchor = marked.anchorOf(f.id);
    return anchor ? el('button', { type: 'button', class: `fact-button kind-${f.kind}`, onclick: () => reveal(anchor, f.id) }, f.label) : el('span', { text: f.label });
  };
  container.replaceChildren(
    el('h3', { text: 'Events found' }),
    x.events.length
      ? el('ul', { class: 'found' }, x.events.map(e => el('li', {},
          el('strong', { text: e.type }), ` — ${e.subType}, ${e.date ?? 'undated'}, `,
          place({ location: e.location?.name, admin1: e.location?.admin1, country: e.location?.country }) || 'no place',
          `, ${e.fatalities === null ? 'no fatalities reported' : `${number(e.fatalities)} killed`}`)))
      : el('p', { class: 'muted', text: 'No event found.' }),
    el('h3', { text: 'Facts' }),
    el('ul', { class: 'fact-buttons' }, facts.map(f => el('li', {}, button(f)))),
    el('h3', { text: 'Cleaned text' }),
    marked.node);
}
