// The event list: a table whose Date and Fatalities headers sort, with pages of 50.
import { el, number, place, typeColour } from './format.js';

export function renderList(table, pageInfo, prev, next, page, sort, descending) {
  const body = table.tBodies[0];
  body.replaceChildren(...page.items.map(e => el('tr', {},
    el('td', { class: 'nowrap' }, el('a', { href: `#event/${e.id}`, 'aria-label': `${e.date ?? 'Undated'}: ${e.type} in ${e.location ?? 'an unknown place'}, event ${e.id}` }, e.date ?? 'undated')),
    el('td', {}, dot(e.type), e.type),
    el('td', { text: place(e) }),
    el('td', { class: 'num', text: number(e.fatalities) }),
    el('td', { class: 'num', text: number(e.sourceCount) }),
    el('td', { class: 'summary', text: e.summary }))));
  if (!page.items.length) body.append(el('tr', {}, el('td', { colspan: '6', class: 'empty', text: 'No events match the filters.' })));
  // total is null when the API would have had to count every match (a page that is not the last one): say "more".
  table.dataset.total = page.total == null ? '' : String(page.total);

  for (const th of table.tHead.rows[0].cells) {
    const button = th.querySelector('button[data-sort]');
    if (!button) continue;
    th.setAttribute('aria-sort', button.dataset.sort === sort ? (descending ? 'descending' : 'ascending') : 'none');
  }
  const first = page.items.length ? (page.pageNumber - 1) * page.size + 1 : 0;
  const last = first ? first + page.items.length - 1 : 0;
  pageInfo.textContent = `${number(first)}–${number(last)} of ${page.total == null ? 'more' : number(page.total)}`;
  prev.disabled = page.pageNumber <= 1;
  next.disabled = !page.next;
}

function dot(type) {
  const d = el('span', { class: 'type-dot', 'aria-hidden': 'true' });
  d.style.setProperty('--c', typeColour(type));
  return d;
}
