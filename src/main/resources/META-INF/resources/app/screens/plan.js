// Plan: generate a draft rota for a period, see its gaps and fairness beside the published rota's, publish it.
import { api, all, h, t, addDays, shiftTime, dayLabel, announce, errorBox, go } from '../core.js';

export async function planScreen(box, ctx, params) {
  const rotas = await all(`/api/teams/${ctx.team.id}/rotas`);
  const drafts = rotas.filter(r => r.status === 'DRAFT');
  const published = rotas.filter(r => r.status === 'PUBLISHED').sort((a, b) => b.from.localeCompare(a.from));
  const reload = id => go(id ? `#/plan?rota=${id}` : '#/plan');

  box.append(h('h1', {}, t('plan.title')));
  const nextMonth = (() => { const d = new Date(); d.setMonth(d.getMonth() + 1, 1); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`; })();
  const error = h('div');
  const status = h('p', { role: 'status' });
  const form = h('form', { id: 'generate-form', class: 'card', onsubmit: async e => {
    e.preventDefault();
    error.replaceChildren();
    status.textContent = t('plan.generating');
    form.querySelector('button').disabled = true;
    try {
      const rota = await api(`/api/teams/${ctx.team.id}/rotas`, { method: 'POST',
        body: { name: form.name.value, from: form.from.value, to: form.to.value } });
      announce(t('plan.generated', { name: rota.name, gaps: rota.gaps }));
      reload(rota.id);
    } catch (err) {
      status.textContent = '';
      error.append(errorBox(err));
    } finally {
      form.querySelector('button').disabled = false;
    }
  } },
  h('h2', {}, t('plan.generate')),
  h('div', { class: 'field' }, h('label', { for: 'rota-name' }, t('plan.name')),
    h('input', { id: 'rota-name', name: 'name', required: true, value: t('plan.default-name', { month: nextMonth }) })),
  h('div', { class: 'field' }, h('label', { for: 'rota-from' }, t('plan.from')),
    h('input', { id: 'rota-from', name: 'from', type: 'date', required: true, value: `${nextMonth}-01` })),
  h('div', { class: 'field' }, h('label', { for: 'rota-to' }, t('plan.to')),
    h('input', { id: 'rota-to', name: 'to', type: 'date', required: true, value: addDays(`${nextMonth}-01`, 27) })),
  error, status,
  h('button', { type: 'submit', class: 'primary', id: 'generate' }, t('plan.generate.submit')));
  box.append(form);

  box.append(h('section', { class: 'card', 'aria-labelledby': 'rotas-h' }, h('h2', { id: 'rotas-h' }, t('plan.rotas')),
    rotas.length ? h('ul', {}, rotas.map(r => h('li', {},
      h('a', { href: `#/plan?rota=${r.id}` }, r.name), ` – ${dayLabel(r.from)} – ${dayLabel(r.to)}, `,
      h('span', { class: `status status-${r.status}` }, t(`rota.${r.status}`)),
      r.gaps ? h('strong', { class: 'gap' }, ' ', t('plan.gaps.count', { count: r.gaps })) : ''))) : h('p', {}, t('plan.no-rotas'))));

  const chosen = rotas.find(r => r.id === Number(params.get('rota'))) || drafts[0];
  if (!chosen) return;
  const compare = published.find(r => r.id !== chosen.id);
  const [shifts, fairness, compareFairness] = await Promise.all([
    all(`/api/rotas/${chosen.id}/shifts`),
    api(`/api/rotas/${chosen.id}/fairness`),
    compare ? api(`/api/rotas/${compare.id}/fairness`) : Promise.resolve(null),
  ]);
  const gaps = shifts.filter(s => !s.memberId);
  const detail = h('section', { class: 'card', id: 'rota-detail', 'aria-labelledby': 'detail-h' },
    h('h2', { id: 'detail-h' }, chosen.name, ' – ', t(`rota.${chosen.status}`)),
    (chosen.warnings || []).length ? h('ul', { class: 'warnings' }, chosen.warnings.map(w => h('li', {}, warningText(w)))) : '',
    h('h3', {}, t('plan.gaps.title')),
    gaps.length ? h('ul', { class: 'gap-list' }, gaps.map(s => h('li', { class: 'gap' }, h('strong', {}, t('month.gap')), ' ',
      s.name, ', ', shiftTime(s), s.gapReason ? ` – ${s.gapReason}` : ''))) : h('p', {}, t('plan.gaps.none')),
    h('div', { class: 'side-by-side' },
      fairnessTable(fairness, t('plan.fairness.of', { name: chosen.name }), 'fair-draft'),
      compareFairness ? fairnessTable(compareFairness, t('plan.fairness.of', { name: compare.name }), 'fair-published')
        : h('p', {}, t('plan.fairness.no-published'))));
  if (chosen.status === 'DRAFT') {
    const perror = h('div');
    detail.append(perror, h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', id: 'publish', onclick: async () => {
        perror.replaceChildren();
        try {
          await api(`/api/rotas/${chosen.id}/publish`, { method: 'POST' });
          announce(t('plan.published', { name: chosen.name }));
          box.replaceChildren();
          await planScreen(box, ctx, new URLSearchParams(`rota=${chosen.id}`));
          box.querySelector('#detail-h')?.setAttribute('tabindex', '-1');
          box.querySelector('#detail-h')?.focus();
        } catch (err) { perror.append(errorBox(err)); }
      } }, t('plan.publish')),
      h('button', { type: 'button', onclick: async () => {
        try {
          await api(`/api/rotas/${chosen.id}`, { method: 'DELETE' });
          announce(t('plan.deleted'));
          reload();
        } catch (err) { perror.append(errorBox(err)); }
      } }, t('plan.delete'))));
  }
  box.append(detail);
}

/** The fairness of a rota: a narrow table (it fits a phone), then the largest deviation and the engine's sentences. */
function fairnessTable(f, caption, id) {
  return h('div', { class: 'fairness' },
    h('table', { id },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ['plan.fairness.member', 'plan.fairness.load', 'plan.fairness.share', 'plan.fairness.deviation']
        .map(k => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, f.members.map(m => h('tr', {}, h('th', { scope: 'row' }, m.name), h('td', {}, m.load.toFixed(1)),
        h('td', {}, m.fairShare.toFixed(1)), h('td', {}, (m.deviation > 0 ? '+' : '') + m.deviation.toFixed(1)))))),
    h('p', {}, t('plan.fairness.max', { max: f.maxDeviation.toFixed(1) })),
    (f.explanations || []).length ? h('ul', { class: 'explanations' }, f.explanations.map(x => h('li', {}, x))) : '');
}

/** A warning in the page's words when its code is known ("No school calendar covers Mon 11 Jan – Sun 24 Jan 2027 …"), else the API's message. */
function warningText(warning) {
  const key = `plan.warning.${warning.code}`;
  const year = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
  const dates = (warning.dates || []).map(d => d.from === d.to ? dayLabel(d.from, year)
    : `${dayLabel(d.from, year)} – ${dayLabel(d.to, year)}`).join(', ');
  const text = t(key, { dates });
  return text !== key ? text : (warning.message ?? warning.code);
}
