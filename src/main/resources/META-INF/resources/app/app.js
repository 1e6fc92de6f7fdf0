// The page's shell: sign-in, the caller and their teams, the navigation and the screens (one per hash route).
import { api, all, h, t, loadMessages, announce, errorBox, ApiError } from './core.js';
import { onCallScreen } from './screens/oncall.js';
import { monthScreen } from './screens/month.js';
import { shiftsScreen } from './screens/shifts.js';
import { inboxScreen } from './screens/inbox.js';
import { planScreen } from './screens/plan.js';
import { loadScreen } from './screens/load.js';
import { subscribeScreen } from './screens/subscribe.js';

const main = () => document.getElementById('main');

/** What every screen knows: the caller, their teams, the team shown, its members. */
const ctx = { me: null, teams: [], team: null, members: new Map(), memberId: null };

const routes = [
  { path: '/', key: 'nav.oncall', screen: onCallScreen, show: () => true },
  { path: '/month', key: 'nav.month', screen: monthScreen, show: () => true },
  { path: '/shifts', key: 'nav.shifts', screen: shiftsScreen, show: c => c.memberId !== null },
  { path: '/inbox', key: 'nav.inbox', screen: inboxScreen, show: c => c.isDirector },
  { path: '/plan', key: 'nav.plan', screen: planScreen, show: c => c.isDirector },
  { path: '/load', key: 'nav.load', screen: loadScreen, show: c => c.isDirector || c.memberId !== null },
  { path: '/subscribe', key: 'nav.subscribe', screen: subscribeScreen, show: c => c.memberId !== null },
];

let stopScreen = null;

async function start() {
  await loadMessages();
  document.title = t('app.title');
  document.querySelector('.skip').textContent = t('app.skip');
  window.addEventListener('hashchange', render);
  window.addEventListener('standby:signed-out', () => { if (ctx.me) { ctx.me = null; render(); } });
  // which sign-ins this server offers: passwords, the school's single sign-on (public)
  try {
    ctx.methods = await api('/api/auth/methods');
  } catch (e) {
    ctx.methods = { password: true, sso: false };
  }
  await signedIn();
  render();
}

async function signedIn() {
  try {
    ctx.me = await api('/api/me');
  } catch (e) {
    ctx.me = null;
    return;
  }
  const roles = ctx.me.roles;
  ctx.isDirector = roles.includes('director') || roles.includes('admin');
  ctx.teams = await all('/api/teams');
  const wanted = Number(localStorage.getItem('standby.team'));
  ctx.team = ctx.teams.find(x => x.id === wanted) || ctx.teams[0] || null;
  await teamChosen();
}

async function teamChosen() {
  ctx.members = new Map();
  ctx.memberId = null;
  if (!ctx.team) return;
  localStorage.setItem('standby.team', ctx.team.id);
  for (const m of await all(`/api/teams/${ctx.team.id}/members`)) ctx.members.set(m.id, m);
  const own = ctx.me.members.find(m => m.teamId === ctx.team.id);
  ctx.memberId = own ? own.memberId : null;
}

/** A member's name (or "nobody" for a gap). */
ctx.name = id => (id === null || id === undefined) ? t('gap.nobody') : (ctx.members.get(id)?.name ?? `#${id}`);

function renderChrome(current) {
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  nav.replaceChildren();
  who.replaceChildren();
  if (!ctx.me) return;
  const list = h('ul');
  for (const r of routes.filter(r => r.show(ctx))) {
    list.append(h('li', {}, h('a', { href: '#' + r.path, 'aria-current': r === current ? 'page' : null }, t(r.key))));
  }
  nav.append(list);
  if (ctx.teams.length > 1) {
    const select = h('select', { id: 'team-select', onchange: async e => {
      ctx.team = ctx.teams.find(x => x.id === Number(e.target.value));
      await teamChosen();
      render();
    } }, ctx.teams.map(x => h('option', { value: x.id, selected: x.id === ctx.team?.id }, x.name)));
    who.append(h('label', { for: 'team-select' }, t('team.choose')), ' ', select, ' ');
  }
  who.append(h('span', {}, t('signed-in.as', { name: ctx.me.name })), ' ',
    h('button', { type: 'button', id: 'sign-out', class: 'link', onclick: signOut }, t('sign-out')));
}

async function signOut() {
  try { await api('/api/session', { method: 'DELETE' }); } catch (e) { /* the cookie is gone either way */ }
  ctx.me = null;
  if (ctx.methods?.sso && ctx.methods.ssoLogout) {
    // ends a single sign-on session too (here and, where it can, at the school's provider); back at / after
    location.assign(ctx.methods.ssoLogout);
    return;
  }
  location.hash = '#/';
  render();
  announce(t('signed-out'));
}

function render() {
  if (stopScreen) { stopScreen(); stopScreen = null; }
  const path = (location.hash.replace(/^#/, '').split('?')[0]) || '/';
  const route = routes.find(r => r.path === path && (!ctx.me || r.show(ctx))) || routes[0];
  renderChrome(route);
  const box = main();
  box.replaceChildren();
  if (!ctx.me) {
    box.append(signInForm());
    document.title = `${t('signin.title')} – ${t('app.title')}`;
    return;
  }
  if (!ctx.team) {
    box.append(h('h1', {}, t('team.none')));
    return;
  }
  document.title = `${t(route.key)} – ${t('app.title')}`;
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  Promise.resolve(route.screen(box, ctx, params)).then(stop => { stopScreen = stop || null; })
    .catch(e => box.append(errorBox(e)));
}

function signInForm() {
  const error = h('div');
  const form = h('form', { id: 'sign-in', class: 'card narrow', onsubmit: async e => {
    e.preventDefault();
    error.replaceChildren();
    const body = new URLSearchParams({ j_username: form.j_username.value, j_password: form.j_password.value });
    const answer = await fetch('/j_security_check', { method: 'POST', body, credentials: 'same-origin',
      headers: { 'X-Requested-With': 'XMLHttpRequest' } });
    if (answer.ok) {
      await signedIn();
      render();
      document.getElementById('main').focus();
      announce(t('signed-in.as', { name: ctx.me?.name ?? '' }));
    } else {
      error.append(h('p', { class: 'error', role: 'alert' },
        t(answer.status === 429 ? 'signin.throttled' : 'signin.failed')));
      form.j_password.focus();
    }
  } },
  h('h1', {}, t('signin.title')),
  ctx.methods?.sso && ctx.methods.ssoLogin
    ? h('p', {}, h('a', { id: 'sso-sign-in', class: 'button', href: ctx.methods.ssoLogin }, t('signin.sso')))
    : null,
  ...(ctx.methods?.password === false ? [] : [
    h('p', {}, t('signin.intro')),
    h('label', { for: 'j_username' }, t('signin.username')),
    h('input', { id: 'j_username', name: 'j_username', autocomplete: 'username', required: true, autofocus: true }),
    h('label', { for: 'j_password' }, t('signin.password')),
    h('input', { id: 'j_password', name: 'j_password', type: 'password', autocomplete: 'current-password', required: true }),
    error,
    h('button', { type: 'submit', id: 'sign-in-button' }, t('signin.submit'))]));
  return form;
}

start().catch(e => main().replaceChildren(errorBox(e instanceof ApiError ? e : new Error(String(e)))));
