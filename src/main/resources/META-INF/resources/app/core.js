// Shared pieces of the page: the API client (session cookie + CSRF header), the message bundle, DOM helpers.

let messages = {};

/** Loads the message bundle: i18n/<language>.json if the school provided one, else i18n/en.json. */
export async function loadMessages() {
  const base = await (await fetch('/app/i18n/en.json')).json();
  const lang = (navigator.language || 'en').slice(0, 2).toLowerCase();
  let local = {};
  if (lang !== 'en') {
    const answer = await fetch(`/app/i18n/${lang}.json`);
    if (answer.ok) local = await answer.json();
  }
  messages = { ...base, ...local };
  document.documentElement.lang = local['lang'] ? local['lang'] : (lang !== 'en' && Object.keys(local).length ? lang : 'en');
}

/** The text of a message key, with {name} placeholders filled in. */
export function t(key, params = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (params[name] ?? m));
}

function cookie(name) {
  const found = document.cookie.split('; ').find(c => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : null;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || String(status));
    this.status = status;
    this.problem = problem;
  }
}

/** Calls the API with the session cookie; unsafe methods carry the CSRF header. Answers the parsed body. */
export async function api(path, { method = 'GET', body, headers = {}, raw = false } = {}) {
  const init = { method, headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...headers },
    credentials: 'same-origin' };
  if (method !== 'GET' && method !== 'HEAD') {
    init.headers['X-CSRF-Token'] = cookie('standby-csrf') || '';
  }
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const answer = await fetch(path, init);
  if (raw) return answer;
  if (answer.status === 401) {
    window.dispatchEvent(new CustomEvent('standby:signed-out'));
  }
  if (!answer.ok) {
    let problem = null;
    try { problem = await answer.json(); } catch (e) { /* no body */ }
    throw new ApiError(answer.status, problem);
  }
  if (answer.status === 204) return null;
  const type = answer.headers.get('Content-Type') || '';
  return type.includes('json') ? answer.json() : answer.text();
}

/** All items of a paged list (page size 200). */
export async function all(path) {
  const sep = path.includes('?') ? '&' : '?';
  let page = 0;
  const items = [];
  for (;;) {
    const answer = await api(`${path}${sep}page=${page}&size=200`);
    items.push(...answer.items);
    if (items.length >= answer.total || answer.items.length === 0) return items;
    page++;
  }
}

/** Creates an element: h('p', {class: 'x'}, 'text', child, ...). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Says something to screen readers (and shows nothing). */
export function announce(text) {
  const region = document.getElementById('announce');
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50);
}

/** A problem answer in words, with the fields it names. */
export function problemText(error) {
  if (error instanceof ApiError && error.problem) {
    const fields = (error.problem.errors || []).map(e => `${e.field}: ${e.message}`).join('; ');
    return fields || error.problem.detail || error.problem.title;
  }
  return error.message;
}

/** An error box with role=alert. */
export function errorBox(error) {
  return h('p', { class: 'error', role: 'alert' }, t('error.prefix'), ' ', problemText(error));
}

// Dates: the API speaks ISO dates and instants with the team's offset; the page shows them in the team's local time.
export const iso = d => d.toISOString().slice(0, 10);
export function addDays(date, days) {
  const d = new Date(date + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}
export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
/** "Sat 12 Jun" of an ISO date, in the page's language. */
export function dayLabel(date, opts = { weekday: 'short', day: 'numeric', month: 'short' }) {
  return new Date(date + 'T12:00:00Z').toLocaleDateString(document.documentElement.lang, { ...opts, timeZone: 'UTC' });
}
/** "Dec 2026" of an ISO month ("2026-12"), in the page's language. */
export const monthLabel = month => dayLabel(`${month}-01`, { month: 'short', year: 'numeric' });
/**
 * Marks a data table to stack on a phone: each row becomes a small card of "heading: value" lines (style.css,
 * table.stack), so that a table of many columns needs no sideways scrolling. Copies each column's heading to its cells.
 */
export function stacked(table) {
  const headings = [...table.querySelectorAll('thead th')].map(th => th.textContent);
  for (const row of table.querySelectorAll('tbody tr')) {
    [...row.children].forEach((cell, i) => { if (cell.tagName === 'TD') cell.dataset.label = headings[i] ?? ''; });
  }
  table.classList.add('stack');
  return table;
}
/** Local clock time of an instant as the API wrote it (the team's offset): "18:00". */
export const clock = instant => instant.slice(11, 16);
/** "Sat 12 Jun 18:00 – Sun 13 Jun 08:00" of a shift. */
export function shiftTime(shift) {
  const startDay = shift.start.slice(0, 10);
  const endDay = shift.end.slice(0, 10);
  return `${dayLabel(startDay)} ${clock(shift.start)} – ${endDay === startDay ? '' : dayLabel(endDay) + ' '}${clock(shift.end)}`;
}

/** Goes to a hash route, and renders it again if it is the current one. */
export function go(hash) {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}
