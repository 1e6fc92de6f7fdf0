// Load and fairness: per member load against fair share, weekends, holidays, nights, hours per month against the
// thresholds (uPlot, with the same figures as tables for screen readers), and the compensation ledger with its CSV.
import uPlot from '/webjars/uplot/dist/uPlot.esm.js';
import { api, all, h, t, today, addDays, dayLabel, errorBox, monthLabel, stacked } from '../core.js';

/** A breach in words: the rule book's own detail, else the threshold with its month or date, value and limit. */
function breachText(b) {
  if (b.detail) return b.detail;
  const key = `load.breach.${b.kind}`;
  const text = t(key, {
    value: Math.round(b.value), limit: Math.round(b.limit), month: b.month ? monthLabel(b.month) : '',
    date: b.date ? dayLabel(b.date, { day: 'numeric', month: 'short', year: 'numeric' }) : '' });
  return text !== key ? text : b.kind;
}

export async function loadScreen(box, ctx, params) {
  const from = params.get('from') || `${today().slice(0, 7)}-01`;
  const to = params.get('to') || addDays(from, 90);
  box.append(h('h1', {}, t('load.title')),
    h('form', { class: 'toolbar no-print', id: 'load-range', onsubmit: e => {
      e.preventDefault();
      location.hash = `#/load?from=${e.target.from.value}&to=${e.target.to.value}`;
    } },
    h('label', { for: 'load-from' }, t('plan.from')), h('input', { id: 'load-from', name: 'from', type: 'date', value: from }),
    h('label', { for: 'load-to' }, t('plan.to')), h('input', { id: 'load-to', name: 'to', type: 'date', value: to }),
    h('button', { type: 'submit' }, t('load.show'))));

  const [load, rotas, ledger] = await Promise.all([
    api(`/api/teams/${ctx.team.id}/load?from=${from}&to=${to}`),
    all(`/api/teams/${ctx.team.id}/rotas`),
    api(`/api/teams/${ctx.team.id}/compensation?from=${from}&to=${to}`),
  ]);
  box.append(h('p', {}, t(`load.source.${load.source}`, { from: dayLabel(load.from), to: dayLabel(load.to) })));

  // load against fair share, from the published rota that overlaps the range most recently
  const rota = rotas.filter(r => r.status === 'PUBLISHED' && r.from <= to && r.to >= from)
    .sort((a, b) => b.from.localeCompare(a.from))[0];
  const fair = h('section', { class: 'card', 'aria-labelledby': 'fair-h' }, h('h2', { id: 'fair-h' }, t('load.fair.title')));
  if (rota) {
    const f = await api(`/api/rotas/${rota.id}/fairness`);
    const max = Math.max(1, ...f.members.map(m => Math.max(m.load, m.fairShare)));
    fair.append(h('p', {}, t('load.fair.rota', { name: rota.name })),
      h('ul', { class: 'bars' }, f.members.map(m => h('li', {},
        h('span', { class: 'bar-label' }, m.name, ': ', t('load.fair.value', { load: m.load.toFixed(1), share: m.fairShare.toFixed(1) })),
        h('span', { class: 'bar-track', 'aria-hidden': 'true' },
          h('span', { class: 'bar', style: `width:${(100 * m.load / max).toFixed(1)}%` }),
          h('span', { class: 'bar-mark', style: `left:${(100 * m.fairShare / max).toFixed(1)}%` }))))));
  } else {
    fair.append(h('p', {}, t('load.fair.none')));
  }
  box.append(fair);

  // counts per member: bars for nights, weekend days and public holidays, then all figures as a table
  const counts = h('div', { class: 'side-by-side three' }, ['nights', 'weekendDays', 'publicHolidays'].map(field => {
    const max = Math.max(1, ...load.members.map(m => m[field]));
    return h('div', {}, h('h3', {}, t(`load.bars.${field}`)), h('ul', { class: 'bars' }, load.members.map(m => h('li', {},
      h('span', { class: 'bar-label' }, `${m.name}: ${m[field]}`),
      h('span', { class: 'bar-track', 'aria-hidden': 'true' },
        h('span', { class: 'bar', style: `width:${(100 * m[field] / max).toFixed(1)}%` }))))));
  }));
  box.append(h('section', { class: 'card', 'aria-labelledby': 'counts-h' }, h('h2', { id: 'counts-h' }, t('load.counts.title')),
    counts,
    stacked(h('table', { id: 'load-table' },
      h('thead', {}, h('tr', {}, ['load.member', 'load.hours', 'load.nights', 'load.weekends', 'load.holidays', 'load.flags']
        .map(k => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, load.members.map(m => h('tr', { class: m.flagged ? 'flagged' : '' },
        h('th', { scope: 'row' }, m.name), h('td', {}, m.hoursOnCall.toFixed(1)), h('td', {}, m.nights),
        h('td', {}, m.weekendDays), h('td', {}, m.publicHolidays),
        h('td', {}, m.flagged ? h('strong', {}, t('load.flagged'), ' ',
          [...m.ruleBreaches, ...m.thresholdBreaches].map(breachText).join('; ')) : t('load.ok')))))))));

  // hours per month against the thresholds: a chart and the same as a table
  const months = [...new Set(load.members.flatMap(m => m.months.map(x => x.month)))].sort();
  const section = h('section', { class: 'card', 'aria-labelledby': 'months-h' },
    h('h2', { id: 'months-h' }, t('load.months.title', { limit: load.thresholds.maxHoursOnCallPerMonth })));
  const chart = h('div', { class: 'chart', 'aria-hidden': 'true' });
  section.append(chart, stacked(h('table', { id: 'months-table' },
    h('caption', {}, t('load.months.table')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('load.member')), months.map(m => h('th', { scope: 'col' }, monthLabel(m))))),
    h('tbody', {}, load.members.map(m => h('tr', {}, h('th', { scope: 'row' }, m.name), months.map(month => {
      const x = m.months.find(y => y.month === month);
      if (!x) return h('td', {}, '–');
      const over = x.hoursOnCall > x.hoursLimit;
      return h('td', { class: over ? 'over' : '' }, `${x.hoursOnCall.toFixed(0)} / ${x.hoursLimit.toFixed(0)}`, over ? ` ${t('load.over')}` : '');
    })))))));
  box.append(section);
  if (months.length) {
    const xs = months.map((_, i) => i);
    const palette = ['#1f5fa8', '#b34d00', '#2a7a2a', '#7a2a7a', '#555', '#a8281f', '#0d7377', '#6b5b00'];
    const dashes = [[], [6, 3], [2, 2], [8, 2, 2, 2], [12, 4], [4, 4], [1, 3], [10, 2]];
    const series = [{ label: t('load.month') }, ...load.members.map((m, i) => ({ label: m.name, stroke: palette[i % 8], dash: dashes[i % 8], width: 2 })),
      { label: t('load.limit'), stroke: '#000', dash: [10, 5], width: 1 }];
    const data = [xs, ...load.members.map(m => months.map(month => m.months.find(y => y.month === month)?.hoursOnCall ?? null)),
      months.map(() => load.thresholds.maxHoursOnCallPerMonth)];
    new uPlot({ width: Math.min(760, box.clientWidth - 40 || 320), height: 260, series,
      axes: [{ values: (u, vals) => vals.map(v => months[v] ? monthLabel(months[v]) : '') }, {}],
      scales: { x: { time: false } } }, data, chart);
  }

  // the compensation ledger and its CSV
  box.append(h('section', { class: 'card', 'aria-labelledby': 'ledger-h' }, h('h2', { id: 'ledger-h' }, t('load.ledger.title')),
    stacked(h('table', { id: 'ledger' },
      h('thead', {}, h('tr', {}, ['load.member', 'shifts.hours.standby', 'shifts.hours.callouts', 'shifts.hours.earned', 'shifts.hours.taken', 'shifts.hours.balance']
        .map(k => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, ledger.members.map(m => h('tr', {}, h('th', { scope: 'row' }, m.name),
        [m.standbyTotalHours, m.calloutHours, m.earnedHours, m.takenHours, m.balanceHours].map(v => h('td', {}, v.toFixed(1)))))))),
    h('button', { type: 'button', id: 'ledger-csv', onclick: () => downloadCsv(ctx, from, to) }, t('load.ledger.csv'))));

  // the coverage agreement's leadership report (directors): what is promised, what it costs, where it breaks
  if (ctx.isDirector) {
    const report = `/api/teams/${ctx.team.id}/agreement/report`;
    const range = `from=${from}&to=${to}`;
    box.append(h('section', { class: 'card no-print', 'aria-labelledby': 'agreement-h' },
      h('h2', { id: 'agreement-h' }, t('load.agreement.title')),
      h('p', {}, t('load.agreement.text')),
      h('p', {},
        h('a', { id: 'agreement-report', href: `${report}?${range}`, target: '_blank', rel: 'noopener' }, t('load.agreement.html')),
        ' · ',
        h('a', { id: 'agreement-pdf', href: `${report}.pdf?${range}`, download: `coverage-agreement-${from}-${to}.pdf` }, t('load.agreement.pdf')))));
  }
}

async function downloadCsv(ctx, from, to) {
  const answer = await api(`/api/teams/${ctx.team.id}/compensation?from=${from}&to=${to}`, { raw: true, headers: { Accept: 'text/csv' } });
  const url = URL.createObjectURL(await answer.blob());
  const a = h('a', { href: url, download: `compensation-${from}-${to}.csv` });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
