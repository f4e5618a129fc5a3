// An event's page: what, when, where, who, the tolls; each reporting article with its own figures side by side and
// who gave each; then each article's clean text with every fact of the event marked. A fact's button scrolls to it.
import * as api from './api.js';
import { el, number, range, countryName } from './format.js';
import { highlight, reveal } from './highlight.js';

const ROLES = { actor1: 'Initiator (actor 1)', actor2: 'Target (actor 2)', associated: 'Associated' };
const same = (a, b) => a && b && a[0] === b[0] && a[1] === b[1];
const overlaps = (a, b) => a && b && a[0] < b[1] && b[0] < a[1];

function tollText(t) {
  const figure = t.best ?? null;
  const value = figure !== null ? number(figure) : t.min !== null || t.max !== null ? range(t.min, t.max) : `${t.vague ?? 'an unstated number'} of`;
  const qualifier = t.qualifier ? `${t.qualifier.replace(/_/g, ' ')} ` : '';
  return `${qualifier}${value} ${t.victims ?? 'people'} ${t.kind.replace(/_/g, ' ')}`;
}

/** The event's facts as they appear in one article: place and actor mentions from the extraction, tolls and claims from the event. */
function articleFacts(e, article, x) {
  const facts = [];
  const add = (id, kind, label, spans) => spans.length && facts.push({ id, kind, label, spans });
  add('event', 'event', 'The sentence reporting the event', [article.span]);
  if (x && e.location) {
    const where = x.locations.find(l => l.name === e.location.name) ?? x.locations.find(l => l.text === e.location.name);
    if (where) add('place', 'place', `Place: ${where.name}`, where.spans);
  }
  for (const actor of e.actors) {
    const found = x?.actors.find(a => a.name === actor.name);
    if (found) add(`actor${actor.id}-${actor.role}`, 'actor', `${ROLES[actor.role] ?? actor.role}: ${actor.name}`, found.spans);
  }
  for (const t of e.tolls.filter(t => t.articleId === article.id))
    add(`toll${t.id}`, 'toll', `Toll: ${tollText(t)}${t.attributedTo ? `, according to ${t.attributedTo}` : ''}`, [t.span]);
  for (const c of e.claims.filter(c => c.articleId === article.id)) {
    const speaker = x?.claims.find(k => same(k.span, c.span))?.speakerSpan;
    add(`claim${c.id}`, 'claim', `Claim by ${c.speaker}: “${c.text}”`, [c.span, speaker].filter(Boolean));
  }
  return facts;
}

export async function renderEvent(container, id, page = 1) {
  const e = await api.eventDetail(id, page);
  const extractions = await Promise.all(e.articles.map(a => api.extraction(a.id).catch(() => null)));
  const loc = e.location;
  const parent = loc && extractions.flatMap(x => x?.locations ?? []).find(l => l.name === loc.name && l.parent)?.parent;
  const where = loc
    ? [loc.name, loc.admin1 && loc.admin1 !== loc.name ? loc.admin1 : null, countryName(loc.country)].filter(Boolean).join(', ')
      + (loc.precision === 'unresolved' ? ` — place not resolved${parent ? `, in ${parent}` : ''}` : ` (${loc.precision})`)
    : 'Unknown place';
  const when = e.date ? (e.dateEnd && e.dateEnd !== e.date ? `${e.date} to ${e.dateEnd}` : e.date) : 'Undated';

  const texts = e.articles.map((a, i) => {
    const x = extractions[i];
    const facts = articleFacts(e, a, x);
    const marked = x ? highlight(x.cleanText, facts) : null;
    return { article: a, facts, marked };
  });
  const showButton = (t, fact, text) => {
    const anchor = t.marked?.anchorOf(fact.id);
    return anchor ? el('button', { type: 'button', class: `fact-button kind-${fact.kind}`, onclick: () => reveal(anchor, fact.id) }, text ?? fact.label) : el('span', { text: text ?? fact.label });
  };

  container.replaceChildren(
    el('h2', { id: 'event-title', tabindex: '-1' }, `${e.type}`, el('span', { class: 'subtitle', text: ` — ${e.subType}` })),
    el('dl', { class: 'facts-list' },
      el('dt', { text: 'Date' }), el('dd', { text: `${when}${e.datePrecision && e.datePrecision !== 'day' ? ` (${e.datePrecision})` : ''}` }),
      el('dt', { text: 'Place' }), el('dd', { text: where }),
      el('dt', { text: 'Fatalities' }), el('dd', { text: e.fatalities === null ? 'None reported' : `${number(e.fatalities)} (the lowest figure among ${number(e.articleCount)} source${e.articleCount === 1 ? '' : 's'})` }),
      el('dt', { text: 'Summary' }), el('dd', { text: e.summary }),
      el('dt', { text: 'Confidence' }), el('dd', { text: `${Math.round(e.confidence * 100)}%` })),

    el('h3', { text: 'Actors' }),
    e.actors.length
      ? el('table', { class: 'compact' },
          el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Actor' }), el('th', { scope: 'col', text: 'Type' }), el('th', { scope: 'col', text: 'Role' }))),
          el('tbody', {}, e.actors.map(a => el('tr', {}, el('td', { text: a.name }), el('td', { text: a.type.replace(/_/g, ' ') }), el('td', { text: ROLES[a.role] ?? a.role })))))
      : el('p', { class: 'muted', text: 'No actors named.' }),

    el('h3', { text: 'What each source reported' }),
    ...sourcePager(container, id, e),
    el('div', { class: 'sources', id: 'sources' }, texts.map(t => el('article', { class: 'source-card', 'data-article': String(t.article.id) },
      el('h4', { id: `src-${t.article.id}` }, t.article.source ?? 'Unknown outlet'),
      el('p', { class: 'muted' }, t.article.url ? el('a', { href: t.article.url, rel: 'noopener noreferrer' }, t.article.title ?? t.article.url) : (t.article.title ?? ''),
        t.article.publishedAt ? ` · ${t.article.publishedAt}` : ''),
      el('p', { class: 'figure' }, el('span', { class: 'big', 'data-fatalities': String(t.article.fatalities ?? '') }, t.article.fatalities === null ? '–' : number(t.article.fatalities)), ' killed, by this report'),
      el('ul', { class: 'tolls' }, e.tolls.filter(x => x.articleId === t.article.id).map(x => el('li', {},
        showButton(t, t.facts.find(f => f.id === `toll${x.id}`) ?? { id: '', label: '' }, tollText(x)),
        el('span', { class: 'who', text: x.attributedTo ? ` — according to ${x.attributedTo}` : ' — no source given' })))),
    ))),

    el('h3', { text: 'Evidence' }),
    el('p', { class: 'muted', text: 'Each article’s cleaned text with the event’s facts marked: place, actors, tolls and claims. Choose a fact to jump to its words.' }),
    el('ul', { class: 'kinds', 'aria-label': 'Kinds of fact' }, ['place', 'actor', 'toll', 'claim', 'event'].map(k => el('li', {}, el('mark', { class: `fact kind-${k}`, text: k === 'event' ? 'event sentence' : k })))),
    ...texts.map(t => el('article', { class: 'evidence', 'aria-labelledby': `ev-${t.article.id}` },
      el('h4', { id: `ev-${t.article.id}` }, `${t.article.source ?? 'Unknown outlet'}: ${t.article.title ?? `article ${t.article.id}`}`),
      el('ul', { class: 'fact-buttons' }, t.facts.filter(f => f.kind !== 'event').map(f => el('li', {}, showButton(t, f)))),
      t.marked?.node ?? el('p', { class: 'muted', text: 'The extraction of this article could not be loaded.' }))));
  return e;
}

// "Sources 51-100 of 3,204" with the pages either side, when the event has more reports than one page holds
function sourcePager(container, id, e) {
  if (e.articleCount <= e.articles.length && e.articlesPage === 1) return [];
  const first = (e.articlesPage - 1) * e.articlesSize + 1;
  const go = page => async () => { await renderEvent(container, id, page); container.querySelector('#sources')?.scrollIntoView(); };
  return [el('nav', { class: 'pager', 'aria-label': 'Pages of sources' },
    el('span', { id: 'sources-range', text: `Sources ${number(first)}–${number(first + e.articles.length - 1)} of ${number(e.articleCount)} ` }),
    e.articlesPage > 1 ? el('button', { type: 'button', onclick: go(e.articlesPage - 1) }, 'Previous sources') : '',
    first + e.articles.length - 1 < e.articleCount ? el('button', { type: 'button', id: 'sources-next', onclick: go(e.articlesPage + 1) }, 'Next sources') : '')];
}
