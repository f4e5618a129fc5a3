// Clean text with the spans of facts marked. Spans are [start, end) offsets into the text and may overlap: the text
// is cut at every span boundary, and each piece is marked with every fact that covers it (coloured by the
// narrowest, which is the most specific).

/**
 * @param {string} text
 * @param {{id: string, kind: string, label: string, spans: number[][]}[]} facts
 * @returns {{node: HTMLElement, anchorOf: (factId: string) => HTMLElement | null}} anchorOf gives a fact's first mark
 */
export function highlight(text, facts) {
  const spans = [];
  for (const fact of facts)
    for (const [start, end] of fact.spans)
      if (Number.isInteger(start) && Number.isInteger(end) && start < end && start >= 0 && end <= text.length)
        spans.push({ fact, start, end });
  const cuts = [...new Set([0, text.length, ...spans.flatMap(s => [s.start, s.end])])].sort((a, b) => a - b);
  const node = document.createElement('div');
  node.className = 'clean-text';
  const anchors = new Map();
  for (let i = 0; i < cuts.length - 1; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter(s => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { node.append(piece); continue; }
    const narrowest = covering.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
    const mark = document.createElement('mark');
    mark.className = `fact kind-${narrowest.fact.kind}`;
    mark.dataset.facts = [...new Set(covering.map(s => s.fact.id))].join(' ');
    mark.title = [...new Set(covering.map(s => s.fact.label))].join('\n');
    mark.textContent = piece;
    // One piece may start several facts, so anchors are kept here rather than as element ids.
    for (const s of covering)
      if (!anchors.has(s.fact.id)) {
        mark.tabIndex = -1;
        anchors.set(s.fact.id, mark);
      }
    node.append(mark);
  }
  return { node, anchorOf: id => anchors.get(id) ?? null };
}

/** Scrolls to a fact's first mark, focuses it and flashes every piece of that fact in the same text. */
export function reveal(mark, factId) {
  const text = mark.closest('.clean-text');
  text.querySelectorAll('mark.flash').forEach(m => m.classList.remove('flash'));
  text.querySelectorAll('mark').forEach(m => { if (m.dataset.facts.split(' ').includes(factId)) m.classList.add('flash'); });
  mark.scrollIntoView({ block: 'center', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
}

/** Every fact of an extraction (POST /api/extract, GET /api/articles/{id}/extraction). */
export function extractionFacts(x) {
  const facts = [];
  x.locations.forEach((l, i) => facts.push({ id: `l${i}`, kind: 'place', label: `Place: ${l.name}${l.precision === 'unresolved' ? ' (not resolved)' : ''}`, spans: l.spans }));
  x.actors.forEach((a, i) => facts.push({ id: `a${i}`, kind: 'actor', label: `Actor: ${a.name} (${a.type})`, spans: a.spans }));
  x.people.forEach((p, i) => facts.push({ id: `p${i}`, kind: 'person', label: `Person: ${p.name}${p.role ? `, ${p.role}` : ''}`, spans: p.spans }));
  x.tolls.forEach((t, i) => facts.push({ id: `t${i}`, kind: 'toll', label: `Toll: ${t.kind} ${t.best ?? t.min ?? t.vague ?? ''}${t.attributedTo ? `, said by ${t.attributedTo}` : ''}`, spans: [t.span] }));
  x.claims.forEach((c, i) => facts.push({ id: `c${i}`, kind: 'claim', label: `Claim by ${c.speaker}: ${c.text}`, spans: [c.span, c.speakerSpan].filter(Boolean) }));
  return facts;
}
