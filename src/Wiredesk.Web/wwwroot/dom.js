// Building the page from data: every piece of article content goes in through textContent or an attribute value,
// never as markup, so a headline that reads "<script>" is shown as those characters.
const SVG = 'http://www.w3.org/2000/svg';

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, String(value));
  }
  return append(node, children);
}

export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    node.setAttribute(name, String(value));
  }
  return append(node, children);
}

export function link(href, ...children) {
  return el('a', { href }, ...children);
}

export const storyHref = (id) => '#/story/' + encodeURIComponent(id);
export const articleHref = (id) => '#/article/' + encodeURIComponent(id);
export const entityHref = (id) => '#/entity/' + encodeURIComponent(id);

// Only web addresses become links; anything else (javascript:, data:) is shown as text.
export function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function section(title, id, ...children) {
  return el('section', { id, class: 'panel' }, el('h2', {}, title), ...children);
}

export function shortDate(iso) {
  return iso ? String(iso).slice(0, 10) : '';
}

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && (body.detail || body.title) ? (body.detail || body.title) : response.status + ' ' + response.statusText;
    throw new Error(message);
  }
  return body;
}
