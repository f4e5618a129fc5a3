// The map: Natural Earth country outlines as vector layers (no tiles), events as circles sized by fatalities and
// coloured by type, clustered when dense. Places that were not resolved stand at their parent region's centre,
// drawn as dashed, lighter rings.
import { TYPE_COLOURS, OTHER_COLOUR, typeColour, number, el } from './format.js';
import { early } from './api.js';
import { keyboardPoints } from './mapkeys.js';

const CHUNK_MS = 80;
const radius = fatalities => Math.min(26, 5 + 2.2 * Math.sqrt(Math.max(0, fatalities ?? 0)));

export function createMap(element, caption, legend) {
  // Whole zoom levels: markercluster loses markers at fractional ones.
  const map = L.map(element, { minZoom: 1, maxZoom: 12, zoomSnap: 1, worldCopyJump: true, keyboard: true })
    .setView([18, 25], 2);
  map.attributionControl.setPrefix(false).addAttribution('Outlines: Natural Earth');
  // Outlines in a pane of their own below the points, so that loading order never draws countries over events.
  map.createPane('outlines').style.zIndex = 250;
  const outlineRenderer = L.canvas({ pane: 'outlines', padding: 0.3 });
  const pointRenderer = L.canvas({ padding: 0.3 });
  const outlines = drawOutlines(map, outlineRenderer, 'countries-110m.json').then(coarse => {
    performance.mark('outlines-drawn');
    // The finer outlines only when someone zooms in, and only once.
    const sharpen = () => {
      if (map.getZoom() < 4) return;
      map.off('zoomend', sharpen);
      drawOutlines(map, outlineRenderer, 'countries-50m.json').then(() => map.removeLayer(coarse));
    };
    map.on('zoomend', sharpen);
    sharpen();
  });

  // Clusters are built for each zoom level up to 9 only (past it every point stands alone). The points go in in
  // chunks of our own (placeChunks, below), not with markercluster's chunkedLoading: its clearLayers leaves a
  // chunked load's remaining chunks running, so a filter change during a load put the old points back and
  // reported the old load's end as the new one's.
  const cluster = L.markerClusterGroup({
    disableClusteringAtZoom: 10, maxClusterRadius: 40, showCoverageOnHover: false, spiderfyOnMaxZoom: false,
    iconCreateFunction: c => {
      const markers = c.getAllChildMarkers();
      const size = Math.min(56, 26 + 4 * Math.log2(markers.length));
      // The ring takes the colour of the commonest type inside (a class, not a style attribute, for strict CSPs).
      const counts = new Map();
      for (const m of markers) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
      const commonest = [...counts].sort((a, b) => b[1] - a[1])[0][0];
      const index = Object.keys(TYPE_COLOURS).indexOf(commonest);
      return L.divIcon({ html: `<span>${number(markers.length)}</span>`, className: `cluster ring-${index}`, iconSize: [size, size] });
    },
  });
  cluster.on('clustermouseover', e => e.layer.getElement()?.setAttribute('title', `${e.layer.getChildCount()} events`));
  map.addLayer(cluster);
  // One popup for the whole layer rather than one bound to each of up to 50,000 markers.
  function openPopup(m, fromKeyboard) {
    const { eventId, fatalities, dashArray } = m.options;
    const link = el('a', { href: `#event/${eventId}`, text: `Open event ${eventId}` });
    L.popup().setLatLng(m.getLatLng()).setContent(el('div', { class: 'popup' },
      el('strong', { text: m.type }),
      el('div', { text: fatalities === null ? 'No reported fatalities' : `${number(fatalities)} killed` }),
      dashArray ? el('div', { class: 'muted', text: 'Place not resolved: shown at its region’s centre' }) : null,
      link)).openOn(map);
    if (fromKeyboard) link.focus();
  }
  cluster.on('click', e => openPopup(e.layer, false));
  const byId = new Map();
  const refreshKeys = keyboardPoints(map, cluster, () => byId.values(), radius, openPopup);

  // The latest setPoints: an older load stops at its next chunk.
  let load = 0;
  /**
   * Adds the markers in chunks of about 80 ms, so that the page stays responsive while 50,000 points are placed; the
   * next chunk follows as soon as the browser has handled what came in meanwhile. A chunk is one or a few addLayers
   * calls (markercluster updates the drawn clusters at the end of each), sized from the rate measured so far.
   * Resolves true once the last marker is in, false if a later load superseded this one.
   */
  function placeChunks(layers, my) {
    return new Promise(resolve => {
      let offset = 0, perMs = 0;
      const next = () => {
        if (my !== load) return resolve(false);
        const started = performance.now();
        for (let left = CHUNK_MS; offset < layers.length && left > CHUNK_MS / 8; left = CHUNK_MS - (performance.now() - started)) {
          const size = perMs ? Math.max(200, Math.floor(perMs * left)) : 1000;
          const before = performance.now();
          cluster.addLayers(layers.slice(offset, offset + size), true);
          offset += size;
          perMs = size / Math.max(0.5, performance.now() - before);
        }
        if (offset < layers.length) return setTimeout(next, 1);
        refreshKeys();
        resolve(true);
      };
      next();
    });
  }

  function marker(id, lat, lon, type, fatalities, approximate) {
    const colour = typeColour(type);
    const m = L.circleMarker([lat, lon], {
      renderer: pointRenderer, radius: radius(fatalities), color: approximate ? colour : '#333', weight: approximate ? 2 : 0.8,
      dashArray: approximate ? '3 3' : null, fillColor: colour, fillOpacity: approximate ? 0.25 : 0.8,
      fatalities, eventId: id,
    });
    m.type = type;
    return m;
  }

  let notes = '';
  function updateCaption() {
    const count = byId.size;
    element.dataset.points = String(count);
    refreshKeys();
    const approximate = [...byId.values()].filter(m => m.options.dashArray).length;
    caption.textContent = `${number(count)} events on the map` + (approximate ? `, ${number(approximate)} at their region’s centre` : '') + notes;
  }

  legend.replaceChildren(
    ...Object.entries(TYPE_COLOURS).map(([type, colour]) => el('li', {}, swatch(colour, false), type)),
    el('li', {}, swatch(OTHER_COLOUR, true), 'Dashed ring: place not resolved, drawn at its region’s centre'),
    el('li', {}, el('span', { class: 'swatch size', 'aria-hidden': 'true' }), 'Size: fatalities'));

  return {
    map,
    outlines,
    /**
     * Replaces every point with those of GET /api/events/points. The promise resolves once markercluster has placed
     * the last of them (in chunks of 80 ms, so most of a large set is placed after this returns), or when a later
     * call has superseded this one.
     */
    setPoints(data, fit) {
      const my = ++load;
      cluster.clearLayers();
      byId.clear();
      const layers = [];
      for (let i = 0; i < data.count; i++) {
        const m = marker(data.id[i], data.lat[i], data.lon[i], data.types[data.type[i]], data.fatalities[i], data.approximate[i]);
        byId.set(data.id[i], m);
        layers.push(m);
      }
      performance.mark('markers-made');
      // The view first: markercluster shows a chunk-loaded marker only if it lies in the view it had then.
      if (fit && layers.length) {
        let [south, west, north, east] = [90, 180, -90, -180];
        for (let i = 0; i < data.count; i++) {
          south = Math.min(south, data.lat[i]); north = Math.max(north, data.lat[i]);
          west = Math.min(west, data.lon[i]); east = Math.max(east, data.lon[i]);
        }
        map.fitBounds(L.latLngBounds([south, west], [north, east]).pad(0.3), { maxZoom: 6, animate: false });
      }
      // No layeradd event for each marker (in placeChunks): nothing listens to them, and 10,000 of them took a
      // tenth of the clustering.
      const done = placeChunks(layers, my);
      performance.mark('markers-added');
      notes = [data.unplaced ? `; ${number(data.unplaced)} without a place` : '', data.truncated ? '; the newest 50,000 shown' : ''].join('');
      updateCaption();
      return done;
    },
    /** A new or updated event from the stream: added, or moved and resized in place. */
    upsert(item) {
      if (item.latitude === null || item.latitude === undefined) return;
      const old = byId.get(item.event.id);
      if (old) cluster.removeLayer(old);
      const m = marker(item.event.id, item.latitude, item.longitude, item.event.type, item.event.fatalities, item.approximate);
      byId.set(item.event.id, m);
      cluster.addLayer(m);
      updateCaption();
    },
    count: () => byId.size,
    /** For tests: the markers markercluster holds, whatever the caption says. */
    clustered: () => cluster.getLayers().length,
    /** For tests and the curious: each point and whether it is drawn on its own or inside a cluster. */
    describe: () => [...byId.values()].map(m => ({ id: m.options.eventId, lat: m.getLatLng().lat, lon: m.getLatLng().lng,
      drawn: Boolean(m._map), cluster: cluster.getVisibleParent(m) !== m ? cluster.getVisibleParent(m)?.getChildCount() ?? null : null })),
  };
}

const ANTARCTICA = '010';

/** Natural Earth outlines as one non-interactive vector layer (Antarctica left out: no events, and it streaks the map's edge). */
async function drawOutlines(map, renderer, file) {
  const path = `vendor/world-atlas/${file}`;
  const topo = await (early(path) ?? fetch(path)).then(r => r.json());
  performance.mark(`${file}-parsed`);
  const countries = topojson.feature(topo, topo.objects.countries);
  performance.mark(`${file}-converted`);
  countries.features = countries.features.filter(f => f.id !== ANTARCTICA);
  for (const f of countries.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    for (const polygon of polygons) polygon.forEach(unwrap);
  }
  return L.geoJSON(countries, {
    renderer, interactive: false,
    style: { color: '#8c8577', weight: 0.7, fillColor: '#f5f2ea', fillOpacity: 1 },
  }).addTo(map);
}

/**
 * A ring that crosses the antimeridian (Russia's Chukotka, Fiji) jumps from +180 to -180 and would be drawn as a
 * line across the whole map; its western points are moved past +180 instead.
 */
function unwrap(ring) {
  let crosses = false;
  for (let i = 1; i < ring.length && !crosses; i++) crosses = Math.abs(ring[i][0] - ring[i - 1][0]) > 180;
  if (crosses) for (const point of ring) if (point[0] < 0) point[0] += 360;
}

function swatch(colour, dashed) {
  const s = el('span', { class: dashed ? 'swatch dashed' : 'swatch', 'aria-hidden': 'true' });
  s.style.setProperty('--c', colour);
  return s;
}
