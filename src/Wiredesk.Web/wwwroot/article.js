// The article view (its text with quotes, entities, dates and reused passages marked) and the entity view.
import { el, link, getJson, section, storyHref, articleHref, safeUrl } from './dom.js';

const KINDS = [
  ['quote', 'quotation'],
  ['entity', 'entity'],
  ['time', 'date or time'],
  ['reuse', 'shared with another article'],
];

function highlightsOf(article) {
  const marks = [];
  for (const q of article.quotes) marks.push({ start: q.start, end: q.start + q.length, kind: 'quote', title: 'Quote' + (q.speaker ? ' of ' + q.speaker : '') });
  for (const e of article.entities) {
    for (const m of e.mentions) marks.push({ start: m.start, end: m.start + m.length, kind: 'entity', title: e.name + ' (' + e.type + ')' });
  }
  for (const t of article.times) marks.push({ start: t.start, end: t.start + t.length, kind: 'time', title: t.type + ' ' + t.value });
  const self = article.document.id;
  for (const share of article.document.shares || []) {
    const other = share.a === self ? share.b : share.a;
    for (const p of share.passages) {
      const [start, length] = share.a === self ? [p.aStart, p.aLength] : [p.bStart, p.bLength];
      marks.push({ start, end: start + length, kind: 'reuse', title: 'Shared with ' + other + ' (' + share.kind + ')' });
    }
  }
  return marks;
}

// One paragraph's text cut at every mark boundary; each piece a text node or a span with the classes of the marks over it.
function markedParagraph(paragraph, marks) {
  const start = paragraph.start;
  const end = start + paragraph.length;
  const inside = marks.filter((m) => m.end > start && m.start < end);
  const cuts = new Set([start, end]);
  for (const m of inside) {
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const node = el('p', { class: 'para ' + paragraph.kind });
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i];
    const to = points[i + 1];
    const text = paragraph.text.slice(from - start, to - start);
    const over = inside.filter((m) => m.start <= from && m.end >= to);
    if (!over.length) {
      node.append(text);
      continue;
    }
    const kinds = [...new Set(over.map((m) => m.kind))];
    node.append(el('span', { class: kinds.map((k) => 'hl hl-' + k).join(' '), title: over.map((m) => m.title).join('; ') }, text));
  }
  return node;
}

export async function showArticle(id) {
  const article = await getJson('/api/articles/' + encodeURIComponent(id));
  const d = article.document;
  const marks = highlightsOf(article);
  const url = d.url ? safeUrl(d.url) : null;
  document.getElementById('view').replaceChildren(
    el('p', {}, article.stories.map((s) => link(storyHref(s.id), '← story: ' + (s.title || s.id)))),
    el('h1', { id: 'article-title' }, d.title || d.id),
    el('p', { class: 'meta' }, d.source || 'unknown outlet', d.author ? ' · ' + d.author : '', d.published ? ' · ' + d.published : '',
      url ? el('span', {}, ' · ', el('a', { href: url, rel: 'noopener noreferrer nofollow' }, 'original')) : (d.url ? ' · ' + d.url : '')),
    el('p', { class: 'legend' }, 'Marked: ', KINDS.map(([kind, label]) => el('span', { class: 'hl hl-' + kind }, label)).flatMap((n) => [n, ' '])),
    el('article', { id: 'article-text', class: 'article-text' }, d.paragraphs.map((p) => markedParagraph(p, marks))),
    section('Quotes', 'article-quotes', el('ul', {}, article.quotes.map((q) => el('li', {}, '“', q.text, '” — ', q.speaker || 'unattributed')))),
    section('Entities', 'article-entities', el('ul', {}, article.entities.map((e) => el('li', {}, e.name, ' ', el('span', { class: 'tag ' + e.type }, e.type))))),
    section('Dates and times', 'article-times', el('ul', {}, article.times.map((t) => el('li', {}, t.text, ' → ', t.value + (t.endValue ? ' – ' + t.endValue : ''))))),
    section('Shares text with', 'article-reuse', el('ul', {}, (d.shares || []).map((s) => {
      const other = s.a === d.id ? s.b : s.a;
      return el('li', {}, link(articleHref(other), other), ' · ', s.kind, s.source ? ' · likely source ' + s.source : '');
    }))));
  document.title = 'Wiredesk: ' + (d.title || d.id);
}

export async function showEntity(id) {
  const entity = await getJson('/api/entities/' + encodeURIComponent(id));
  document.getElementById('view').replaceChildren(
    el('p', {}, link('#/?entity=' + encodeURIComponent(entity.id), 'stories mentioning ' + entity.name)),
    el('h1', {}, entity.name, ' ', el('span', { class: 'tag ' + entity.type }, entity.type)),
    entity.aliases.length ? el('p', {}, 'Also: ', entity.aliases.join(', ')) : null,
    entity.roles.length ? el('p', {}, 'Roles: ', entity.roles.join(', ')) : null,
    section('Stories', 'entity-stories', el('ul', {}, entity.stories.map((s) => el('li', {}, link(storyHref(s.id), s.title || s.id))))),
    section('Articles', 'entity-articles', el('ul', {}, entity.documents.map((docId) => el('li', {}, link(articleHref(docId), docId))))));
}
