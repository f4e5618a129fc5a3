// The choices offered by the filters: countries with events, the regions of the chosen country, known actors.
import * as api from './api.js';
import { countryName, el } from './format.js';

export async function loadCountries(select, selected) {
  const buckets = await api.stats({}, 'country');
  const codes = new Set(buckets.map(b => b.key).filter(Boolean));
  if (selected) codes.add(selected);
  const options = [...codes].map(code => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name));
  select.replaceChildren(el('option', { value: '', text: 'All countries' }), ...options.map(o => el('option', { value: o.code, text: o.name })));
  select.value = selected ?? '';
}

export async function loadAdmin1(list, country) {
  if (!country) { list.replaceChildren(); return; }
  const page = await api.locations(country).catch(() => ({ items: [] }));
  const names = [...new Set(page.items.map(l => l.admin1).filter(Boolean))].sort();
  list.replaceChildren(...names.map(n => el('option', { value: n })));
}

export async function loadActors(list) {
  const page = await api.actors().catch(() => ({ items: [] }));
  list.replaceChildren(...page.items.map(a => el('option', { value: a.name })));
}
