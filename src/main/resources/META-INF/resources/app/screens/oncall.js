// On call now and next, for each of the caller's teams, with how to reach them.
import { api, h, t, today, addDays, shiftTime, errorBox } from '../core.js';

export async function onCallScreen(box, ctx) {
  box.append(h('h1', {}, t('oncall.title')));
  for (const team of ctx.teams) {
    const section = h('section', { class: 'card', 'aria-labelledby': `team-${team.id}` },
      h('h2', { id: `team-${team.id}` }, team.name));
    box.append(section);
    try {
      const [now, upcoming] = await Promise.all([
        api(`/api/teams/${team.id}/on-call`),
        api(`/api/teams/${team.id}/shifts?from=${today()}&to=${addDays(today(), 14)}&page=0&size=50`),
      ]);
      const names = team.id === ctx.team?.id ? ctx.members : new Map();
      section.append(h('h3', {}, t('oncall.now')));
      if (now.onCall.length === 0) {
        section.append(h('p', { class: 'gap' }, h('strong', {}, t('oncall.nobody'))));
      }
      const list = h('ul', { class: 'people' });
      for (const o of now.onCall) {
        list.append(h('li', { class: o.memberId ? 'person' : 'person gap' },
          h('strong', {}, o.memberId ? o.name : t('gap.nobody')), ' – ', o.shiftName, ', ', shiftTime(o),
          reach(o)));
      }
      section.append(list);
      const nowIds = new Set(now.onCall.map(o => o.shiftId));
      const next = upcoming.items.filter(s => !nowIds.has(s.id) && new Date(s.start) > new Date()).slice(0, 3);
      section.append(h('h3', {}, t('oncall.next')));
      if (next.length === 0) section.append(h('p', {}, t('oncall.none-planned')));
      section.append(h('ul', { class: 'people' }, next.map(s => h('li', { class: s.memberId ? 'person' : 'person gap' },
        h('strong', {}, s.memberId ? (names.get(s.memberId)?.name ?? `#${s.memberId}`) : t('gap.nobody')), ' – ',
        s.name, ', ', shiftTime(s), s.memberId ? reach(names.get(s.memberId) || {}) : ''))));
    } catch (e) {
      section.append(errorBox(e));
    }
  }
}

function reach(person) {
  const parts = [];
  if (person.phone) parts.push(h('a', { href: `tel:${person.phone.replace(/\s/g, '')}` }, t('oncall.phone'), ' ', person.phone));
  if (person.email) parts.push(h('a', { href: `mailto:${person.email}` }, t('oncall.email'), ' ', person.email));
  return parts.length ? h('span', { class: 'reach' }, ...parts.flatMap((p, i) => i ? [' · ', p] : [p])) : '';
}
