// The director's inbox: everything waiting for a decision, with what would change; approve or reject with a note.
// The list polls GET /api/inbox every few seconds with If-None-Match: an unchanged inbox costs a 304 and no
// rendering, and items already shown keep their DOM (and a note being typed) when others arrive or leave.
import { api, h, t, dayLabel, announce, errorBox } from '../core.js';

const POLL_MS = 5000;

export async function inboxScreen(box, ctx) {
  const list = h('ul', { class: 'plain inbox', id: 'inbox-list', 'aria-labelledby': 'inbox-h' });
  const empty = h('p', { id: 'inbox-empty' }, t('inbox.empty'));
  const count = h('p', { id: 'inbox-count' });
  box.append(h('h1', { id: 'inbox-h', tabindex: '-1' }, t('inbox.title')), count, empty, list);
  const shown = new Map();
  let etag = null;
  let first = true;

  async function refresh() {
    const answer = await api('/api/inbox?page=0&size=200', { raw: true, headers: etag ? { 'If-None-Match': etag } : {} });
    if (answer.status === 304) return;
    if (!answer.ok) throw new Error(String(answer.status));
    etag = answer.headers.get('ETag');
    const page = await answer.json();
    const keys = new Set(page.items.map(key));
    for (const [k, node] of shown) {
      if (!keys.has(k)) { node.remove(); shown.delete(k); }
    }
    let added = 0;
    for (const item of page.items) {
      if (!shown.has(key(item))) {
        const node = itemView(item, ctx, decided);
        shown.set(key(item), node);
        list.append(node);
        added++;
      }
    }
    empty.hidden = shown.size > 0;
    count.textContent = t('inbox.count', { count: shown.size });
    if (added && !first) announce(t('inbox.new', { count: added }));
    first = false;
  }

  function decided(node, message) {
    const items = [...list.children];
    const next = items[items.indexOf(node) + 1] || items[items.indexOf(node) - 1];
    for (const [k, n] of shown) if (n === node) shown.delete(k);
    node.remove();
    empty.hidden = shown.size > 0;
    count.textContent = t('inbox.count', { count: shown.size });
    announce(message);
    (next ? next.querySelector('h2') : document.getElementById('inbox-h')).focus();
    etag = null;
  }

  await refresh();
  const timer = setInterval(() => refresh().catch(() => {}), POLL_MS);
  return () => clearInterval(timer);
}

const key = item => `${item.kind}-${item.id}`;

function itemView(item, ctx, decided) {
  const id = `item-${item.kind}-${item.id}`;
  const error = h('div');
  const note = h('textarea', { id: `${id}-note`, rows: 2 });
  const breachReason = item.breaches?.length ? h('textarea', { id: `${id}-breach`, rows: 2 }) : null;
  async function decide(path, verb) {
    error.replaceChildren();
    const body = { note: note.value || null };
    if (item.kind === 'CHANGE_REQUEST') body.breachReason = breachReason ? (breachReason.value || null) : null;
    try {
      await api(path, { method: 'POST', body });
      decided(node, t(verb === 'approve' ? 'inbox.approved' : 'inbox.rejected', { what: item.summary }));
    } catch (e) {
      error.append(errorBox(e));
      (breachReason && !breachReason.value ? breachReason : note).focus();
    }
  }
  const node = h('li', { class: 'card inbox-item', id },
    h('h2', { tabindex: '-1' }, h('span', { class: 'tag' }, t(`inbox.kind.${item.kind}`)), ' ', item.summary),
    h('p', { class: 'meta' }, t('inbox.meta', { team: item.teamName, by: item.requestedBy,
      at: new Date(item.requestedAt).toLocaleString(document.documentElement.lang,
        { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
      dates: item.start === item.end ? dayLabel(item.start) : `${dayLabel(item.start)} – ${dayLabel(item.end)}` })),
    item.effects?.length ? h('div', {}, h('h3', {}, t('inbox.effects')), h('ul', {}, item.effects.map(e => h('li', {},
      h('strong', {}, e.name ?? t('gap.nobody')), ': ',
      e.gains.length ? t('inbox.gains', { shifts: e.gains.join(', ') }) : '',
      e.gains.length && e.loses.length ? '; ' : '',
      e.loses.length ? t('inbox.loses', { shifts: e.loses.join(', ') }) : '',
      '; ', t('inbox.load', { change: (e.loadChange > 0 ? '+' : '') + e.loadChange.toFixed(1) }))))) : '',
    item.breaches?.length
      ? h('div', { class: 'breaches' }, h('h3', {}, t('inbox.breaches')), h('ul', {}, item.breaches.map(b => h('li', {}, b))))
      : (item.kind === 'CHANGE_REQUEST' ? h('p', {}, t('inbox.no-breaches')) : ''),
    breachReason ? h('div', { class: 'field' }, h('label', { for: breachReason.id }, t('inbox.breach-reason')), breachReason) : '',
    h('div', { class: 'field' }, h('label', { for: note.id }, t('inbox.note')), note),
    error,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary approve', onclick: () => decide(item.approve, 'approve') },
        t(item.kind === 'CALLOUT' ? 'inbox.confirm' : 'inbox.approve')),
      h('button', { type: 'button', class: 'reject', onclick: () => decide(item.reject, 'reject') }, t('inbox.reject'))));
  return node;
}
