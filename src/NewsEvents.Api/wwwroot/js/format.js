// Names, colours and small formatting shared by the views.

/** ACLED's event types, each with a colour from the Okabe-Ito palette (distinguishable with colour-blindness). */
export const TYPE_COLOURS = {
  'Battles': '#D55E00',
  'Explosions/Remote violence': '#E69F00',
  'Violence against civilians': '#CC79A7',
  'Protests': '#0072B2',
  'Riots': '#56B4E9',
  'Strategic developments': '#009E73',
};
export const OTHER_COLOUR = '#777777';
export const typeColour = type => TYPE_COLOURS[type] ?? OTHER_COLOUR;

const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;
export function countryName(code) {
  if (!code) return '';
  try { return regionNames?.of(code) ?? code; } catch { return code; }
}

const numbers = new Intl.NumberFormat('en');
export const number = n => (n === null || n === undefined ? '–' : numbers.format(n));

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

export const place = e => [e.location, e.admin1 && e.admin1 !== e.location ? e.admin1 : null, countryName(e.country)].filter(Boolean).join(', ');

export function range(min, max) {
  if (min === null || min === undefined) return max === null || max === undefined ? '–' : number(max);
  return max === null || max === undefined || max === min ? number(min) : `${number(min)}–${number(max)}`;
}
