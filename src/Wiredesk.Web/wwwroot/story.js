// The story page: timeline, summary with citations, quotes by speaker, the source matrix, the reuse graph, entities.
import { el, link, getJson, section, storyHref, articleHref, entityHref, shortDate } from './dom.js';
import { timelineSvg, reuseGraphSvg } from './charts.js';

function citations(documentIds, numbers) {
  return el('span', { class: 'cites' }, documentIds.map((id) => link(articleHref(id), '[' + (numbers.get(id) ?? '?') + ']')));
}

function summary(story, numbers) {
  if (!story.summary.length) return el('p', { class: 'muted' }, 'No summary.');
  return el('ol', { id: 'summary', class: 'summary' },
    story.summary.map((s) => el('li', {}, s.text, ' ', citations(s.documents, numbers))));
}

function quoteTable(story, outletOf) {
  const bySpeaker = new Map();
  for (const quote of story.quotes) {
    const key = quote.speaker || 'Unattributed';
    if (!bySpeaker.has(key)) bySpeaker.set(key, []);
    bySpeaker.get(key).push(quote);
  }
  const body = el('tbody');
  for (const [speaker, quotes] of bySpeaker) {
    quotes.forEach((quote, i) => {
      const outlets = [...new Set(quote.documents.map(outletOf))];
      body.append(el('tr', {},
        i === 0 ? el('th', { scope: 'rowgroup', rowspan: quotes.length }, speaker) : null,
        el('td', { class: 'quote' }, '“', quote.text, '”'),
        el('td', {}, quote.kind),
        el('td', {}, outlets.join(', '), el('div', { class: 'muted' }, quote.independentOutlets + ' independent'))));
    });
  }
  return story.quotes.length
    ? el('table', { id: 'quote-table', class: 'grid' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Speaker'), el('th', {}, 'Quote'), el('th', {}, 'Kind'), el('th', {}, 'Carried by'))), body)
    : el('p', { id: 'quote-table', class: 'muted' }, 'No quotations found.');
}

// Outlets down the side, the timeline's entries and the events across; a cell says whether the outlet reports it, and whether by copying.
function sourceMatrix(story, docs) {
  const columns = [
    ...story.timeline.map((t, i) => ({ label: 'T' + (i + 1), title: t.date + ': ' + t.text, documents: t.documents })),
    ...story.events.map((e, i) => ({ label: 'E' + (i + 1), title: e.type + ': ' + e.what, documents: e.documents })),
  ];
  const outlets = new Map();
  for (const d of docs.documents) {
    const name = d.source || d.id;
    if (!outlets.has(name)) outlets.set(name, []);
    outlets.get(name).push(d);
  }
  const rows = [...outlets].map(([outlet, members]) => el('tr', {},
    el('th', { scope: 'row' }, outlet),
    columns.map((column) => {
      const hits = members.filter((m) => column.documents.includes(m.id));
      if (!hits.length) return el('td', { class: 'empty' }, '');
      const copied = hits.every((m) => m.isCopy);
      return el('td', { class: copied ? 'copy' : 'own', title: copied ? 'carried as a copy' : 'reported' }, copied ? '◐' : '●');
    })));
  return el('div', { class: 'scroll' },
    el('table', { id: 'source-matrix', class: 'grid matrix' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Outlet'), columns.map((c) => el('th', { title: c.title }, c.label)))),
      el('tbody', {}, rows)),
    el('p', { class: 'muted' }, '● reported · ◐ carried only as a copy of another outlet · T = timeline entry, E = event (hover for the text)'));
}

function entities(story) {
  return el('ul', { id: 'entities', class: 'entities' }, story.entities.map((e) =>
    el('li', {}, link(entityHref(e.id), e.name), ' ', el('span', { class: 'tag ' + e.type }, e.type),
      e.roles.length ? el('span', { class: 'muted' }, ' ' + e.roles.join(', ')) : '',
      el('span', { class: 'muted' }, ' · ' + e.mentions.length + ' mentions in ' + e.documents.length + ' articles'))));
}

function disagreements(story) {
  if (!story.disagreements.length) return null;
  return section('Where the sources differ', 'disagreements', el('ul', {}, story.disagreements.map((d) =>
    el('li', {}, d.what, el('ul', {}, d.sides.map((s) => el('li', {}, s.claim, ' — ', s.documents.join(', '))))))));
}

export async function showStory(id) {
  const [story, docs] = await Promise.all([getJson('/api/stories/' + encodeURIComponent(id)), getJson('/api/stories/' + encodeURIComponent(id) + '/documents')]);
  const numbers = new Map(story.documents.map((d, i) => [d, i + 1]));
  const byId = new Map(docs.documents.map((d) => [d.id, d]));
  const outletOf = (docId) => (byId.get(docId) && byId.get(docId).source) || docId;
  // A merged story's address redirects to the story that holds its articles now: say so, and show the new address.
  const merged = story.id !== id;
  if (merged) history.replaceState(null, '', storyHref(story.id));
  document.getElementById('view').replaceChildren(
    el('p', {}, link('#/', '← all stories')),
    ...(merged ? [el('p', { id: 'merged-note', class: 'muted' }, 'Story ' + id + ' was merged into this one.')] : []),
    el('h1', { id: 'story-title' }, story.title || story.id),
    el('p', { class: 'meta' }, shortDate(story.first), ' – ', shortDate(story.last), ' · ', story.documents.length + ' articles from ',
      story.sourceCount + ' outlets (' + story.independentSources + ' independent)'),
    section('Summary', 'summary-section', summary(story, numbers)),
    section('Timeline', 'timeline-section', story.timeline.length ? timelineSvg(story.timeline) : el('p', { class: 'muted' }, 'No dated entries.')),
    section('Who said what', 'quotes-section', quoteTable(story, outletOf)),
    section('Source matrix', 'matrix-section', sourceMatrix(story, docs)),
    section('Who copied whom', 'reuse-section', reuseGraphSvg(docs.documents, docs.relations)),
    ...[disagreements(story)].filter(Boolean),
    section('Entities', 'entities-section', entities(story)),
    section('Articles', 'articles-section', el('ol', { id: 'story-articles' }, story.documents.map((docId) => {
      const d = byId.get(docId);
      return el('li', {}, link(articleHref(docId), d && d.title ? d.title : docId),
        el('span', { class: 'muted' }, ' ', outletOf(docId), d && d.published ? ' · ' + d.published : '', d && d.isCopy ? ' · copy' : ''));
    }))));
  document.title = 'Wiredesk: ' + (story.title || story.id);
}

export { storyHref };
