/*
 * Standby "who is on call now" widget, for intranet pages on another origin. Put on the page:
 *
 *   <div data-standby-on-call data-team="1" data-token="stb_..." data-server="https://standby.school.example"></div>
 *   <script src="https://standby.school.example/embed/on-call.js" defer></script>
 *
 * The token is an API token with the viewer role (contact details appear only if the token's role allows them);
 * the intranet's origin must be in STANDBY_CORS_ORIGINS. Without data-token the widget calls with the browser's
 * Standby session (same origin only). It refreshes every minute. Texts: data-label-title, data-label-nobody.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var defaultServer = script ? new URL(script.src, location.href).origin : '';

  function text(el, tag, value, cls) {
    var node = document.createElement(tag);
    node.textContent = value;
    if (cls) node.className = cls;
    el.appendChild(node);
    return node;
  }

  function time(instant) { return instant.slice(11, 16); }

  function render(box, answer) {
    box.textContent = '';
    text(box, 'strong', box.dataset.labelTitle || 'On call now');
    var list = document.createElement('ul');
    list.className = 'standby-on-call';
    if (!answer.onCall.length) text(list, 'li', box.dataset.labelNobody || 'Nobody is on call');
    answer.onCall.forEach(function (o) {
      var li = text(list, 'li', (o.name || (box.dataset.labelNobody || 'Nobody')) + ' – ' + o.shiftName + ' '
        + time(o.start) + '–' + time(o.end));
      if (o.phone) { li.appendChild(document.createTextNode(' · ')); var a = text(li, 'a', o.phone); a.href = 'tel:' + o.phone.replace(/\s/g, ''); }
      if (o.email) { li.appendChild(document.createTextNode(' · ')); var m = text(li, 'a', o.email); m.href = 'mailto:' + o.email; }
    });
    box.appendChild(list);
  }

  function load(box) {
    var server = box.dataset.server || defaultServer;
    // only headers that CORS allows (Authorization, Accept) when called from another origin with a token
    var headers = { Accept: 'application/json' };
    if (box.dataset.token) headers.Authorization = 'Bearer ' + box.dataset.token;
    else headers['X-Requested-With'] = 'XMLHttpRequest';
    fetch(server + '/api/teams/' + encodeURIComponent(box.dataset.team) + '/on-call', {
      headers: headers, credentials: box.dataset.token ? 'omit' : 'same-origin'
    }).then(function (r) {
      if (!r.ok) throw new Error('Standby answered ' + r.status);
      return r.json();
    }).then(function (answer) { render(box, answer); })
      .catch(function (e) { box.textContent = e.message; });
  }

  function start() {
    var boxes = document.querySelectorAll('[data-standby-on-call]');
    Array.prototype.forEach.call(boxes, function (box) {
      box.setAttribute('aria-live', 'polite');
      load(box);
      setInterval(function () { load(box); }, 60000);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
