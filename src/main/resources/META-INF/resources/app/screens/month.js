// Month view of the published rota: day types marked in words, gaps loud, the caller's own shifts highlighted.
import { all, api, h, t, today, addDays, clock, dayLabel } from '../core.js';

export async function monthScreen(box, ctx, params) {
  const month = /^\d{4}-\d{2}$/.test(params.get('m') || '') ? params.get('m') : today().slice(0, 7);
  const first = `${month}-01`;
  const last = addDays(`${nextMonth(month, 1)}-01`, -1);
  const [days, shifts] = await Promise.all([
    api(`/api/teams/${ctx.team.id}/calendar?from=${first}&to=${last}`),
    all(`/api/teams/${ctx.team.id}/shifts?from=${first}&to=${last}`),
  ]);
  const byDate = new Map();
  for (const s of shifts) {
    if (!byDate.has(s.date)) byDate.set(s.date, []);
    byDate.get(s.date).push(s);
  }
  const title = new Date(first + 'T12:00:00Z').toLocaleDateString(document.documentElement.lang,
    { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const gaps = shifts.filter(s => s.date >= first && s.date <= last && !s.memberId);
  box.append(
    h('h1', {}, t('month.title', { month: title, team: ctx.team.name })),
    h('div', { class: 'toolbar no-print' },
      h('a', { href: `#/month?m=${nextMonth(month, -1)}`, id: 'month-prev' }, t('month.previous')),
      h('a', { href: `#/month?m=${nextMonth(month, 1)}`, id: 'month-next' }, t('month.next')),
      h('button', { type: 'button', onclick: () => window.print() }, t('month.print'))),
    gaps.length
      ? h('p', { class: 'gap-alert', role: 'alert' }, h('strong', {}, t('month.gaps', { count: gaps.length })))
      : h('p', {}, shifts.length ? t('month.no-gaps') : t('month.nothing-published')),
    h('p', { class: 'legend' }, t('month.legend')));
  const list = h('ol', { class: 'month', 'aria-label': title });
  const offset = (new Date(first + 'T12:00:00Z').getUTCDay() + 6) % 7;
  for (let i = 0; i < offset; i++) list.append(h('li', { class: 'pad', 'aria-hidden': 'true' }));
  for (const day of days) {
    const own = (byDate.get(day.date) || []).some(s => s.memberId && s.memberId === ctx.memberId);
    const item = h('li', { class: `day type-${day.dayType}${own ? ' mine' : ''}${day.date === today() ? ' today' : ''}` },
      h('h2', {}, dayLabel(day.date, { weekday: 'short', day: 'numeric' })),
      h('p', { class: 'daytype' }, t(`daytype.${day.dayType}`),
        day.holiday ? h('span', {}, ': ', day.holiday) : '',
        day.period && day.dayType !== 'PUBLIC_HOLIDAY' ? h('span', { class: 'period' }, ' · ', day.period) : ''));
    const ul = h('ul', { class: 'shifts' });
    for (const s of byDate.get(day.date) || []) {
      const mine = s.memberId && s.memberId === ctx.memberId;
      ul.append(h('li', { class: s.memberId ? (mine ? 'shift mine' : 'shift') : 'shift gap', 'data-shift': s.id },
        h('span', { class: 'when' }, `${clock(s.start)}–${clock(s.end)} ${s.name}: `),
        s.memberId ? h(mine ? 'strong' : 'span', {}, ctx.name(s.memberId), mine ? ` ${t('month.you')}` : '')
          : h('strong', {}, t('month.gap'))));
    }
    item.append(ul);
    list.append(item);
  }
  box.append(list);
}

function nextMonth(month, delta) {
  let [y, m] = month.split('-').map(Number);
  m += delta;
  if (m === 0) { m = 12; y--; }
  if (m === 13) { m = 1; y++; }
  return `${y}-${String(m).padStart(2, '0')}`;
}
