// My shifts: swap or cover requests, consent to others' requests, leave, call-outs, the status of my requests,
// my hours and time-off balance.
import { api, all, h, t, today, addDays, shiftTime, dayLabel, announce, errorBox } from '../core.js';

export async function shiftsScreen(box, ctx) {
  const team = ctx.team.id;
  const me = ctx.memberId;
  const from = addDays(today(), -30);
  const to = addDays(today(), 90);
  const [teamShifts, changes, absences, callouts, ledger] = await Promise.all([
    all(`/api/teams/${team}/shifts?from=${from}&to=${to}`),
    all(`/api/change-requests?teamId=${team}`),
    all(`/api/teams/${team}/absences?memberId=me`),
    api(`/api/teams/${team}/callouts?memberId=me`),
    api(`/api/teams/${team}/compensation?from=${today().slice(0, 4)}-01-01&to=${today()}`),
  ]);
  const shiftById = new Map(teamShifts.map(s => [s.id, s]));
  const now = new Date();
  const mine = teamShifts.filter(s => s.memberId === me);
  const upcoming = mine.filter(s => new Date(s.end) > now);
  const past = mine.filter(s => new Date(s.start) <= now);
  const others = teamShifts.filter(s => s.memberId && s.memberId !== me && new Date(s.start) > now);
  const reload = () => { box.replaceChildren(); shiftsScreen(box, ctx).catch(e => box.append(errorBox(e))); };

  box.append(h('h1', {}, t('shifts.title')));

  // requests waiting for my consent
  const asked = changes.filter(c => c.status === 'AWAITING_CONSENT' && c.consentMemberId === me);
  if (asked.length) {
    box.append(h('section', { class: 'card', 'aria-labelledby': 'consent-h' },
      h('h2', { id: 'consent-h' }, t('shifts.consent.title')),
      h('ul', { class: 'plain' }, asked.map(c => h('li', { class: 'request' },
        h('p', {}, describe(c, ctx, shiftById)), h('p', {}, t('shifts.reason'), ': ', c.reason),
        h('button', { type: 'button', class: 'consent-accept', onclick: () => consent(c, 'accept', reload) }, t('shifts.consent.accept')), ' ',
        h('button', { type: 'button', onclick: () => consent(c, 'decline', reload) }, t('shifts.consent.decline')))))));
  }

  // my shifts, each with a request form
  const list = h('ul', { class: 'plain' });
  for (const s of upcoming) {
    const slot = h('div');
    list.append(h('li', { class: 'shift-row', id: `shift-${s.id}` },
      h('span', {}, h('strong', {}, s.name), ' – ', shiftTime(s), ' ', h('span', { class: 'tag' }, t(`daytype.${s.dayType}`))),
      ' ',
      h('button', { type: 'button', class: 'ask-change', 'aria-expanded': 'false',
        onclick: e => toggleForm(e.currentTarget, slot, () => changeForm(s, ctx, others, reload)) }, t('shifts.ask')),
      slot));
  }
  box.append(h('section', { class: 'card', 'aria-labelledby': 'mine-h' },
    h('h2', { id: 'mine-h' }, t('shifts.mine')),
    upcoming.length ? list : h('p', {}, t('shifts.none'))));

  // status of my requests
  const mineChanges = changes.filter(c => c.requestedBy === ctx.me.name || c.consentMemberId === me
    || c.shiftMemberId === me || c.otherShiftMemberId === me);
  box.append(h('section', { class: 'card', 'aria-labelledby': 'status-h' },
    h('h2', { id: 'status-h' }, t('shifts.status.title')),
    h('table', {},
      h('caption', { class: 'visually-hidden' }, t('shifts.status.title')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('shifts.status.what')), h('th', { scope: 'col' }, t('shifts.status.status')))),
      h('tbody', {},
        mineChanges.map(c => h('tr', {}, h('td', {}, describe(c, ctx, shiftById)),
          h('td', {}, h('span', { class: `status status-${c.status}` }, t(`status.${c.status}`)),
            c.decisionNote ? ` – ${c.decisionNote}` : ''))),
        absences.map(a => h('tr', {}, h('td', {}, t('shifts.leave.row', { kind: t(`kind.${a.kind}`), start: dayLabel(a.start), end: dayLabel(a.end) })),
          h('td', {}, h('span', { class: `status status-${a.status}` }, t(`status.${a.status}`))))),
        callouts.map(c => h('tr', {}, h('td', {}, t('shifts.callout.row', { minutes: c.minutes, when: `${dayLabel(c.start.slice(0, 10))} ${c.start.slice(11, 16)}` })),
          h('td', {}, h('span', { class: `status status-${c.status}` }, t(`status.${c.status}`)))))))));

  // leave and call-outs
  box.append(h('section', { class: 'card', 'aria-labelledby': 'leave-h' }, h('h2', { id: 'leave-h' }, t('shifts.leave.title')), leaveForm(ctx, reload)));
  box.append(h('section', { class: 'card', 'aria-labelledby': 'callout-h' }, h('h2', { id: 'callout-h' }, t('shifts.callout.title')), calloutForm(ctx, past, reload)));

  // hours and balance
  const line = ledger.members.find(m => m.memberId === me);
  box.append(h('section', { class: 'card', 'aria-labelledby': 'hours-h' },
    h('h2', { id: 'hours-h' }, t('shifts.hours.title', { from: dayLabel(ledger.from), to: dayLabel(ledger.to) })),
    line ? h('dl', { class: 'figures' },
      h('dt', {}, t('shifts.hours.standby')), h('dd', {}, line.standbyTotalHours.toFixed(1)),
      h('dt', {}, t('shifts.hours.callouts')), h('dd', {}, line.calloutHours.toFixed(1)),
      h('dt', {}, t('shifts.hours.earned')), h('dd', {}, line.earnedHours.toFixed(1)),
      h('dt', {}, t('shifts.hours.taken')), h('dd', {}, line.takenHours.toFixed(1)),
      h('dt', {}, t('shifts.hours.balance')), h('dd', {}, h('strong', {}, line.balanceHours.toFixed(1))))
      : h('p', {}, t('shifts.hours.none'))));
}

function toggleForm(button, slot, make) {
  const open = button.getAttribute('aria-expanded') === 'true';
  slot.replaceChildren();
  button.setAttribute('aria-expanded', String(!open));
  if (!open) {
    const form = make();
    slot.append(form);
    form.querySelector('input, select, textarea')?.focus();
  }
}

function describe(c, ctx, shiftById) {
  const shift = shiftById.get(c.shiftId);
  const what = shift ? `${shift.name}, ${shiftTime(shift)}` : `#${c.shiftId}`;
  if (c.type === 'SWAP') {
    const other = shiftById.get(c.otherShiftId);
    return t('shifts.describe.swap', { a: ctx.name(c.shiftMemberId), shift: what, b: ctx.name(c.otherShiftMemberId),
      other: other ? `${other.name}, ${shiftTime(other)}` : `#${c.otherShiftId}` });
  }
  return t('shifts.describe.cover', { taker: ctx.name(c.memberId), shift: what, holder: ctx.name(c.shiftMemberId) });
}

async function consent(c, verb, reload) {
  await api(`/api/change-requests/${c.id}/${verb}`, { method: 'POST', body: {} });
  announce(t(verb === 'accept' ? 'shifts.consent.accepted' : 'shifts.consent.declined'));
  reload();
}

function field(id, label, control) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function changeForm(shift, ctx, others, reload) {
  const p = `change-${shift.id}`;
  const error = h('div');
  const otherSelect = h('select', { id: `${p}-other`, name: 'other' },
    others.map(o => h('option', { value: o.id }, `${ctx.name(o.memberId)}: ${o.name}, ${shiftTime(o)}`)));
  const memberSelect = h('select', { id: `${p}-member`, name: 'member' },
    [...ctx.members.values()].filter(m => m.id !== ctx.memberId).map(m => h('option', { value: m.id }, m.name)));
  const swapPart = field(`${p}-other`, t('shifts.form.other'), otherSelect);
  const coverPart = field(`${p}-member`, t('shifts.form.member'), memberSelect);
  coverPart.hidden = true;
  const form = h('form', { class: 'inline-form', onsubmit: async e => {
    e.preventDefault();
    error.replaceChildren();
    const type = form.querySelector(`input[name=${p}-type]:checked`).value;
    const body = { type, shiftId: shift.id, reason: form.reason.value };
    if (type === 'SWAP') body.otherShiftId = Number(otherSelect.value);
    else body.memberId = Number(memberSelect.value);
    try {
      await api(`/api/rotas/${shift.rotaId}/change-requests`, { method: 'POST', body });
      announce(t('shifts.form.sent'));
      reload();
    } catch (err) {
      error.append(errorBox(err));
    }
  } },
  h('fieldset', {}, h('legend', {}, t('shifts.form.type')),
    ['SWAP', 'COVER'].map(v => h('label', { class: 'choice' }, h('input', { type: 'radio', name: `${p}-type`, value: v,
      checked: v === 'SWAP', onchange: () => { swapPart.hidden = v !== 'SWAP'; coverPart.hidden = v === 'SWAP'; } }),
    ' ', t(`shifts.form.${v}`)))),
  swapPart, coverPart,
  field(`${p}-reason`, t('shifts.reason'), h('textarea', { id: `${p}-reason`, name: 'reason', required: true, rows: 2 })),
  error,
  h('button', { type: 'submit', class: 'primary' }, t('shifts.form.submit')));
  return form;
}

function leaveForm(ctx, reload) {
  const error = h('div');
  const form = h('form', { id: 'leave-form', onsubmit: async e => {
    e.preventDefault();
    error.replaceChildren();
    try {
      await api(`/api/teams/${ctx.team.id}/absences`, { method: 'POST', body: { memberId: ctx.memberId,
        start: form.start.value, end: form.end.value, kind: form.kind.value, note: form.note.value || null } });
      announce(t('shifts.leave.sent'));
      reload();
    } catch (err) { error.append(errorBox(err)); }
  } },
  field('leave-start', t('shifts.leave.start'), h('input', { id: 'leave-start', name: 'start', type: 'date', required: true })),
  field('leave-end', t('shifts.leave.end'), h('input', { id: 'leave-end', name: 'end', type: 'date', required: true })),
  field('leave-kind', t('shifts.leave.kind'), h('select', { id: 'leave-kind', name: 'kind' },
    ['VACATION', 'SICK', 'TRAINING', 'OTHER'].map(k => h('option', { value: k }, t(`kind.${k}`))))),
  field('leave-note', t('shifts.note'), h('textarea', { id: 'leave-note', name: 'note', rows: 2 })),
  error, h('button', { type: 'submit' }, t('shifts.leave.submit')));
  return form;
}

function calloutForm(ctx, past, reload) {
  if (!past.length) return h('p', {}, t('shifts.callout.none'));
  const error = h('div');
  const shiftSelect = h('select', { id: 'callout-shift', name: 'shift' },
    past.slice().reverse().map(s => h('option', { value: s.id }, `${s.name}, ${shiftTime(s)}`)));
  const form = h('form', { id: 'callout-form', onsubmit: async e => {
    e.preventDefault();
    error.replaceChildren();
    const shift = past.find(s => s.id === Number(shiftSelect.value));
    const offset = shift.start.slice(19) || 'Z';
    try {
      await api(`/api/teams/${ctx.team.id}/callouts`, { method: 'POST', body: { shiftId: shift.id,
        start: `${form.start.value}:00${offset}`, minutes: Number(form.minutes.value), note: form.note.value || null } });
      announce(t('shifts.callout.sent'));
      reload();
    } catch (err) { error.append(errorBox(err)); }
  } },
  field('callout-shift', t('shifts.callout.shift'), shiftSelect),
  field('callout-start', t('shifts.callout.start'), h('input', { id: 'callout-start', name: 'start', type: 'datetime-local', required: true })),
  field('callout-minutes', t('shifts.callout.minutes'), h('input', { id: 'callout-minutes', name: 'minutes', type: 'number', min: 1, max: 1440, required: true })),
  field('callout-note', t('shifts.note'), h('textarea', { id: 'callout-note', name: 'note', rows: 2 })),
  error, h('button', { type: 'submit' }, t('shifts.callout.submit')));
  return form;
}

