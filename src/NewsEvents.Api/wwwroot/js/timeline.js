// The timeline: events (bars) and fatalities (line) per day or week, with the band between the lowest and the
// highest figures the sources reported. Dragging across it sets the date range.
import { number } from './format.js';

const DAY = 86400;
// Counts have whole-number ticks only.
const WHOLE = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000];
const toSeconds = iso => Date.parse(`${iso}T00:00:00Z`) / 1000;
const toIso = seconds => new Date(seconds * 1000).toISOString().slice(0, 10);
const weekStart = seconds => seconds - ((new Date(seconds * 1000).getUTCDay() + 6) % 7) * DAY;

/** Day buckets of GET /api/stats/events as uPlot columns, in days or ISO weeks, with empty buckets filled in. */
export function columns(buckets, bucket) {
  const step = bucket === 'week' ? 7 * DAY : DAY;
  const key = bucket === 'week' ? weekStart : s => s;
  const sums = new Map();
  for (const b of buckets) {
    if (!b.key) continue;
    const k = key(toSeconds(b.key));
    const s = sums.get(k) ?? { events: 0, fatalities: 0, low: 0, high: 0 };
    s.events += b.events; s.fatalities += b.fatalities; s.low += b.fatalitiesLow; s.high += b.fatalitiesHigh;
    sums.set(k, s);
  }
  const keys = [...sums.keys()].sort((a, b) => a - b);
  const x = [], events = [], fatalities = [], low = [], high = [];
  if (keys.length) {
    // Never more than ~4,000 buckets: beyond that gaps stay unfilled rather than the chart growing without bound.
    const fill = (keys[keys.length - 1] - keys[0]) / step < 4000;
    const all = fill ? Array.from({ length: (keys[keys.length - 1] - keys[0]) / step + 1 }, (_, i) => keys[0] + i * step) : keys;
    for (const k of all) {
      const s = sums.get(k) ?? { events: 0, fatalities: 0, low: 0, high: 0 };
      x.push(k); events.push(s.events); fatalities.push(s.fatalities); low.push(s.low); high.push(s.high);
    }
  }
  return [x, events, fatalities, high, low];
}

export function createTimeline(element, onRange, onBucket) {
  let plot = null;
  let chosen = 'auto';
  let bucket = 'day';
  let buckets = null;
  const step = () => (bucket === 'week' ? 7 * DAY : DAY);
  const height = () => (window.matchMedia('(max-width: 700px)').matches ? 180 : window.matchMedia('(min-width: 1101px)').matches ? 330 : 240);

  function options() {
    return {
      width: Math.max(280, element.clientWidth), height: height(),
      // Half a bucket of room at each end, so the first and last bars are drawn whole.
      scales: { x: { time: true, range: (u, min, max) => [min - step() / 2, max + step() / 2] }, n: { range: (u, min, max) => [0, Math.max(1, max) * 1.1] }, f: { range: (u, min, max) => [0, Math.max(1, max) * 1.1] } },
      axes: [
        { stroke: '#333', grid: { stroke: '#e4e4e4' } },
        { scale: 'n', label: 'Events', stroke: '#0b5f99', grid: { stroke: '#e4e4e4' }, size: 50, incrs: WHOLE },
        { scale: 'f', label: 'Fatalities', side: 1, stroke: '#9e0e2f', grid: { show: false }, size: 55, incrs: WHOLE },
      ],
      series: [
        { value: (u, v) => (v === null ? '' : bucket === 'week' ? `week of ${toIso(v)}` : toIso(v)) },
        { label: 'Events', scale: 'n', stroke: '#0b5f99', fill: 'rgba(0,114,178,0.35)', paths: uPlot.paths.bars({ size: [0.8, 48] }), points: { show: false } },
        { label: 'Fatalities', scale: 'f', stroke: '#9e0e2f', width: 2, points: { size: 5 } },
        { label: 'Highest reported', scale: 'f', stroke: 'rgba(158,14,47,0.45)', dash: [4, 4], width: 1, points: { show: false } },
        { label: 'Lowest reported', scale: 'f', stroke: 'rgba(158,14,47,0.45)', dash: [4, 4], width: 1, points: { show: false } },
      ],
      bands: [{ series: [3, 4], fill: 'rgba(158,14,47,0.14)' }],
      cursor: { drag: { x: true, y: false, setScale: false } },
      hooks: {
        setSelect: [u => {
          if (u.select.width < 3) return;
          const from = u.posToVal(u.select.left, 'x');
          const to = u.posToVal(u.select.left + u.select.width, 'x');
          u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
          // Bars stand centred on their day (or week), so each end snaps to the nearest bucket; a week runs to its Sunday.
          const day = x => Math.round(x / DAY) * DAY;
          const snap = bucket === 'week' ? x => weekStart(day(x) + 3 * DAY) : day;
          const start = snap(from);
          const endBucket = bucket === 'week' ? snap(to) + 6 * DAY : snap(to);
          onRange(toIso(start), toIso(endBucket));
        }],
      },
    };
  }

  function draw() {
    // Unless the reader chose, days up to four months and weeks beyond: 700 daily bars are a blur.
    if (buckets === null) {
      element.replaceChildren(Object.assign(document.createElement('p'), { className: 'empty', textContent: 'Loading…' }));
      return;
    }
    if (chosen === 'auto') {
      const days = buckets.filter(b => b.key).map(b => toSeconds(b.key));
      bucket = days.length && (Math.max(...days) - Math.min(...days)) / DAY > 120 ? 'week' : 'day';
    } else bucket = chosen;
    onBucket?.(bucket);
    const data = columns(buckets, bucket);
    element.dataset.buckets = String(data[0].length);
    const totalEvents = data[1].reduce((a, b) => a + b, 0);
    const totalKilled = data[2].reduce((a, b) => a + b, 0);
    element.setAttribute('aria-label', data[0].length
      ? `Timeline: ${number(totalEvents)} events and ${number(totalKilled)} fatalities in ${data[0].length} ${bucket === 'week' ? 'weeks' : 'days'}, from ${toIso(data[0][0])} to ${toIso(data[0][data[0].length - 1])}`
      : 'Timeline: no events match the filters');
    if (plot) plot.destroy();
    plot = null;
    element.replaceChildren();
    if (!data[0].length) {
      element.append(Object.assign(document.createElement('p'), { className: 'empty', textContent: 'No events match the filters.' }));
      return;
    }
    plot = new uPlot(options(), data, element);
  }

  new ResizeObserver(() => plot?.setSize({ width: Math.max(280, element.clientWidth), height: height() })).observe(element);

  return {
    set(data) { buckets = data; draw(); },
    /** 'day', 'week', or 'auto' (by the span of the data). */
    setBucket(value) { chosen = value; draw(); },
  };
}
