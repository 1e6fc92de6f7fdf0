// Subscribe: make the member's calendar feed, show its URL and a QR code, and how to add it in calendar apps.
import { api, h, t, announce, errorBox } from '../core.js';

export async function subscribeScreen(box, ctx) {
  const result = h('div', { id: 'feed-result' });
  box.append(h('h1', {}, t('subscribe.title')), h('p', {}, t('subscribe.intro')),
    h('button', { type: 'button', class: 'primary', id: 'make-feed', onclick: async () => {
      result.replaceChildren();
      try {
        const feed = await api(`/api/members/${ctx.memberId}/feeds`, { method: 'POST', body: {} });
        const svg = await api('/api/qr-codes', { method: 'POST', body: { text: feed.url }, headers: { Accept: 'image/svg+xml' } });
        const qr = h('div', { class: 'qr' });
        qr.innerHTML = svg;
        qr.querySelector('svg').setAttribute('aria-label', t('subscribe.qr'));
        result.append(
          h('h2', {}, t('subscribe.url')),
          h('p', {}, h('input', { id: 'feed-url', readonly: true, value: feed.url, 'aria-label': t('subscribe.url'), class: 'wide' }), ' ',
            h('button', { type: 'button', onclick: async () => { await navigator.clipboard?.writeText(feed.url); announce(t('subscribe.copied')); } }, t('subscribe.copy'))),
          qr,
          h('p', {}, t('subscribe.secret')),
          h('h2', {}, t('subscribe.how')),
          ...['google', 'outlook', 'apple', 'thunderbird'].flatMap(app => [h('h3', {}, t(`subscribe.${app}`)), h('p', {}, t(`subscribe.${app}.steps`))]));
        result.querySelector('#feed-url').focus();
        announce(t('subscribe.made'));
      } catch (e) { result.append(errorBox(e)); }
    } }, t('subscribe.make')),
    result);
}
