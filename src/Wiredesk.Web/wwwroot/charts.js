// The two drawings of a story page, as SVG built node by node: the timeline and the reuse graph.
import { svg, el, articleHref } from './dom.js';

// A TIMEX3 value as a day number when it names a day, month or year ("2026-03-02", "2026-03", "2026"); else null.
function dayOf(value) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value || '');
  if (!match) return null;
  return Date.UTC(Number(match[1]), match[2] ? Number(match[2]) - 1 : 0, match[3] ? Number(match[3]) : 1) / 86400000;
}

function clip(text, length) {
  return text.length > length ? text.slice(0, length - 1) + '…' : text;
}

export function timelineSvg(timeline) {
  const width = 900;
  const row = 34;
  const axis = 40;
  const dated = timeline.map((entry, index) => ({ entry, index, day: dayOf(entry.date), end: dayOf(entry.endDate) }));
  const days = dated.flatMap((d) => [d.day, d.end]).filter((d) => d !== null);
  const min = days.length ? Math.min(...days) : 0;
  const max = days.length ? Math.max(...days) : 1;
  const span = Math.max(1, max - min);
  const left = 110;
  const right = 300;
  const x = (day) => left + ((day - min) / span) * right;
  const height = axis + row * Math.max(1, timeline.length) + 10;
  const chart = svg('svg', { id: 'timeline-svg', class: 'timeline', viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img' },
    svg('title', {}, 'Timeline of the story: ' + timeline.length + ' dated entries'),
    svg('line', { x1: left, y1: axis - 12, x2: left + right, y2: axis - 12, class: 'axis' }),
    svg('text', { x: left, y: axis - 20, class: 'tick' }, days.length ? new Date(min * 86400000).toISOString().slice(0, 10) : ''),
    svg('text', { x: left + right, y: axis - 20, class: 'tick', 'text-anchor': 'end' }, days.length ? new Date(max * 86400000).toISOString().slice(0, 10) : ''));
  dated.forEach(({ entry, index, day, end }) => {
    const y = axis + index * row + 10;
    const cx = day === null ? left - 20 : x(day);
    const radius = 4 + Math.min(6, entry.outlets);
    const group = svg('g', { class: 'entry' + (day === null ? ' undated' : '') },
      svg('title', {}, entry.date + (entry.endDate ? ' – ' + entry.endDate : '') + ': ' + entry.text + ' (' + entry.outlets + ' outlets, ' + entry.independentOutlets + ' independent)'),
      svg('text', { x: 4, y: y + 4, class: 'date' }, entry.date + (entry.endDate ? '…' : '')),
      svg('line', { x1: left, y1: y, x2: left + right, y2: y, class: 'guide' }));
    if (end !== null && day !== null && end > day) {
      group.append(svg('rect', { x: cx, y: y - 4, width: Math.max(2, x(end) - cx), height: 8, class: 'range' }));
    }
    group.append(
      svg('circle', { cx, cy: y, r: radius, class: entry.independentOutlets > 1 ? 'dot corroborated' : 'dot' }),
      svg('text', { x: left + right + 16, y: y + 4, class: 'label' }, clip(entry.text, 70)));
    chart.append(group);
  });
  return chart;
}

// Documents on a circle; an arrow from the likely source to the article that reused its text.
export function reuseGraphSvg(documents, relations) {
  const size = 520;
  const centre = size / 2;
  const radius = documents.length > 1 ? size / 2 - 90 : 0;
  const at = new Map();
  documents.forEach((d, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, documents.length) - Math.PI / 2;
    at.set(d.id, { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle), d });
  });
  const chart = svg('svg', { id: 'reuse-graph', class: 'reuse-graph', viewBox: `0 0 ${size} ${size}`, width: '100%', role: 'img' },
    svg('title', {}, 'Who copied whom: ' + relations.length + ' reuse relations among ' + documents.length + ' articles'),
    svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 22, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead' }))));
  for (const relation of relations) {
    const a = at.get(relation.a);
    const b = at.get(relation.b);
    if (!a || !b) continue;
    const [from, to] = relation.source === relation.b ? [b, a] : [a, b];
    chart.append(svg('line', {
      x1: from.x, y1: from.y, x2: to.x, y2: to.y,
      class: 'edge ' + relation.kind, 'marker-end': relation.source ? 'url(#arrow)' : null,
    }, svg('title', {}, from.d.id + ' → ' + to.d.id + ': ' + relation.kind + ', ' + relation.passages.length + ' shared passages')));
  }
  for (const { x, y, d } of at.values()) {
    const node = svg('a', { href: articleHref(d.id) },
      svg('circle', { cx: x, cy: y, r: 12, class: d.isCopy ? 'node copy' : 'node' }),
      svg('text', { x, y: y + 28, 'text-anchor': 'middle', class: 'node-label' }, clip(d.source || d.id, 24)),
      svg('title', {}, (d.source || 'unknown outlet') + ': ' + (d.title || d.id)));
    chart.append(node);
  }
  return relations.length ? chart : el('p', { class: 'muted' }, 'No article of this story reuses another\'s text.');
}
