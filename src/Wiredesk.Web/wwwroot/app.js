// The page: a router over the address's #fragment, and a poll that redraws the view when the store changes.
import { el, getJson } from './dom.js';
import { showList, showSearch } from './list.js';
import { showStory } from './story.js';
import { showArticle, showEntity } from './article.js';

const POLL_MS = 10000;
let version = null;

function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [kind, ...rest] = hash.split('/');
  const id = decodeURIComponent(rest.join('/'));
  const [, query = ''] = location.hash.split('?');
  const params = new URLSearchParams(query);
  if (kind === 'story' && id) return () => showStory(id.split('?')[0]);
  if (kind === 'article' && id) return () => showArticle(id.split('?')[0]);
  if (kind === 'entity' && id) return () => showEntity(id.split('?')[0]);
  if (kind.startsWith('search')) return () => showSearch(params.get('q') || '');
  return () => showList(params);
}

async function render() {
  const view = document.getElementById('view');
  try {
    await route()();
  } catch (error) {
    view.replaceChildren(el('p', { class: 'error' }, 'Could not load this page: ', error.message));
  }
}

async function poll() {
  try {
    const health = await getJson('/health');
    const status = document.getElementById('status');
    status.textContent = health.articles + ' articles · ' + health.stories + ' stories';
    if (version !== null && health.version !== version) {
      status.textContent += ' · updated';
      await render();
    }
    version = health.version;
  } catch {
    document.getElementById('status').textContent = 'server unreachable';
  }
}

function start() {
  document.getElementById('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = document.getElementById('search-input').value.trim();
    location.hash = q ? '#/search?q=' + encodeURIComponent(q) : '#/';
  });
  window.addEventListener('hashchange', render);
  render();
  poll();
  setInterval(poll, POLL_MS);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
