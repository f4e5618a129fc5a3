// The points are drawn on a canvas, which no keyboard can reach. Each point drawn on its own in the current view
// gets a transparent button over it, in the tab order after the clusters (Leaflet makes those focusable itself):
// Enter or Space opens the point's popup, as a click does, and moves the focus to its link; Escape closes it and
// the focus goes back to the point. The buttons let the mouse through to the canvas.
import { number, el } from './format.js';

// A view with more single points than this is a zoomed-in crowd: tabbing through it all helps nobody.
const LIMIT = 500;

export function keyboardPoints(map, cluster, points, radius, open) {
  const pane = map.createPane('point-keys');
  pane.setAttribute('aria-label', 'Events on the map');
  pane.setAttribute('role', 'group');
  let opener = null;

  function refresh() {
    const bounds = map.getBounds();
    const had = pane.contains(document.activeElement) ? Number(document.activeElement.dataset.eventId) : null;
    const buttons = [];
    for (const m of points()) {
      // Drawn on its own: on the map and not inside a cluster.
      if (!m._map || !bounds.contains(m.getLatLng())) continue;
      if (buttons.length === LIMIT) break;
      const { eventId, fatalities, dashArray } = m.options;
      const size = 2 * Math.max(8, radius(fatalities));
      const b = el('button', {
        type: 'button', class: 'point-key', 'data-event-id': eventId,
        'aria-label': `${m.type}, ${fatalities === null ? 'no reported fatalities' : `${number(fatalities)} killed`}`
          + (dashArray ? ', place not resolved' : '') + `: event ${eventId}`,
        onclick: e => { e.stopPropagation(); opener = eventId; open(m, true); },
      });
      b.style.width = b.style.height = `${size}px`;
      b.style.marginLeft = b.style.marginTop = `${-size / 2}px`;
      L.DomUtil.setPosition(b, map.latLngToLayerPoint(m.getLatLng()));
      buttons.push(b);
    }
    pane.replaceChildren(...buttons);
    pane.dataset.points = String(buttons.length);
    if (had !== null) pane.querySelector(`[data-event-id="${had}"]`)?.focus();
  }

  map.on('popupclose', () => {
    if (opener === null) return;
    const id = opener;
    opener = null;
    // Only when the popup had the focus: a mouse user's focus stays where it was.
    if (!document.activeElement || document.activeElement === document.body || map.getContainer().contains(document.activeElement))
      pane.querySelector(`[data-event-id="${id}"]`)?.focus();
  });
  // Leaflet's own Escape works only while the map container itself has the focus, not the popup's link.
  map.getContainer().addEventListener('keydown', e => { if (e.key === 'Escape' && opener !== null) map.closePopup(); });
  map.on('moveend zoomend', refresh);
  cluster.on('animationend', refresh);
  return refresh;
}
