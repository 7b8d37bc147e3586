// The story list (newest first, with filters and pages) and search results.
import { el, link, getJson, storyHref, articleHref, shortDate } from './dom.js';

const FILTERS = ['entity', 'source', 'from', 'to'];

function filterForm(params) {
  const inputs = FILTERS.map((name) => el('label', {},
    name === 'from' ? 'From' : name === 'to' ? 'To' : name[0].toUpperCase() + name.slice(1),
    el('input', { name, type: name === 'from' || name === 'to' ? 'date' : 'text', value: params.get(name) || '' })));
  const form = el('form', { id: 'filters', class: 'filters' }, inputs, el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const value = form.elements[name].value.trim();
      if (value) next.set(name, value);
    }
    location.hash = '#/?' + next.toString();
  });
  return form;
}

function storyItem(story) {
  const dates = shortDate(story.first) === shortDate(story.last) ? shortDate(story.first) : shortDate(story.first) + ' – ' + shortDate(story.last);
  return el('li', { class: 'story-item' },
    link(storyHref(story.id), story.title || story.id),
    el('div', { class: 'meta' },
      dates, ' · ', story.articles + ' articles', ' · ',
      story.independentSources + ' independent of ' + story.sourceCount + ' outlets',
      story.copies ? ' · ' + story.copies + ' copies' : ''),
    el('div', { class: 'sources' }, story.sources.join(', ')));
}

export async function showList(params) {
  const page = Number(params.get('page') || '1');
  const query = new URLSearchParams();
  for (const name of FILTERS) if (params.get(name)) query.set(name, params.get(name));
  query.set('page', String(page));
  const list = await getJson('/api/stories?' + query.toString());
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const pageLink = (n, label) => {
    const next = new URLSearchParams(query);
    next.set('page', String(n));
    return link('#/?' + next.toString(), label);
  };
  document.getElementById('view').replaceChildren(
    el('h1', {}, 'Stories'),
    filterForm(params),
    el('p', { class: 'muted' }, list.total + ' stories, newest first'),
    el('ol', { id: 'story-list', class: 'story-list' }, list.items.map(storyItem)),
    el('nav', { class: 'pages' },
      page > 1 ? pageLink(page - 1, '← newer') : '',
      ' page ' + page + ' of ' + pages + ' ',
      page < pages ? pageLink(page + 1, 'older →') : ''));
}

function snippet(hit) {
  const node = el('p', { class: 'snippet' });
  let at = 0;
  for (const h of hit.highlights) {
    node.append(hit.snippet.slice(at, h.start), el('mark', {}, hit.snippet.slice(h.start, h.start + h.length)));
    at = h.start + h.length;
  }
  node.append(hit.snippet.slice(at));
  return node;
}

export async function showSearch(q) {
  document.getElementById('search-input').value = q;
  if (!q) {
    location.hash = '#/';
    return;
  }
  const found = await getJson('/api/search?q=' + encodeURIComponent(q) + '&limit=50');
  document.getElementById('view').replaceChildren(
    el('h1', {}, 'Search: ', q),
    el('p', { class: 'muted' }, found.hits.length + ' articles'),
    el('ol', { id: 'search-results', class: 'story-list' },
      found.hits.map((hit) => el('li', {}, link(articleHref(hit.id), hit.title || hit.id), snippet(hit)))));
}
