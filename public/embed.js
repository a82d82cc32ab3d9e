// Yrkesutforskeren on a school's own page, in one line:
//   <script src="https://HOST/PATH/embed.js" data-yrke="it-prosjektleder"></script>
//   <script src="https://HOST/PATH/embed.js" data-view="sok"></script>
//   <script src="https://HOST/PATH/embed.js" data-view="interesser"></script>  ("Hva liker du å gjøre?")
// Options: data-farge="#0b5cad" (accent colour; ignored when it lacks contrast),
// data-visning="kompakt" or "full", data-sprak="nb" (bokmål, the default), "nn" (nynorsk) or
// "en" (English),
// data-tema="lys" (default), "mork" or "auto" (as the reader's browser prefers),
// data-tittel (the frame's title for screen readers).
// The script inserts an iframe right after itself and sizes it to its content. It listens only
// to messages from the app's own origin, sent by the frame it created.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var appBase = new URL('./', script.src);
  var data = script.dataset;
  var view = data.view === 'interesser' ? 'interesser' : data.view === 'sok' || !data.yrke ? 'sok' : 'yrke';
  var languages = { nb: '', nn: 'nn/', en: 'en/' };
  var sprak = (data.sprak || 'nb').toLowerCase();
  var known = Object.prototype.hasOwnProperty.call(languages, sprak);
  var folder = known ? languages[sprak] : '';
  var path = folder + (view === 'yrke' ? 'embed/yrke/' + encodeURIComponent(data.yrke) : 'embed/' + view);
  var params = [];
  if (data.farge) params.push('farge=' + encodeURIComponent(data.farge));
  if (data.visning) params.push('visning=' + encodeURIComponent(data.visning));
  // A language that does not exist is shown in bokmål; the card says so.
  if (!known) params.push('sprak=' + encodeURIComponent(data.sprak));
  if (data.tema) params.push('tema=' + encodeURIComponent(data.tema));
  var frame = document.createElement('iframe');
  frame.src = new URL(path + (params.length ? '?' + params.join('&') : ''), appBase).href;
  var titles = {
    nb: { sok: 'Søk i yrker – Yrkesutforskeren', yrke: 'Yrke fra Yrkesutforskeren', interesser: 'Hva liker du å gjøre? – Yrkesutforskeren' },
    nn: { sok: 'Søk i yrke – Yrkesutforskeren', yrke: 'Yrke frå Yrkesutforskeren', interesser: 'Kva liker du å gjere? – Yrkesutforskeren' },
    en: { sok: 'Search occupations – Yrkesutforskeren', yrke: 'Occupation from Yrkesutforskeren', interesser: 'What do you like doing? – Yrkesutforskeren' },
  }[known ? sprak : 'nb'];
  frame.title = data.tittel || titles[view];
  frame.loading = 'lazy';
  frame.referrerPolicy = 'no-referrer';
  // The copy buttons inside (the embed line, the link to the answers) need the clipboard.
  frame.allow = 'clipboard-write';
  frame.style.cssText = 'display:block;width:100%;max-width:100%;height:160px;border:0;';
  script.insertAdjacentElement('afterend', frame);
  window.addEventListener('message', function (event) {
    if (event.origin !== appBase.origin || event.source !== frame.contentWindow) return;
    var message = event.data;
    if (!message || message.type !== 'yrkesutforskeren:height') return;
    var height = Number(message.height);
    if (isFinite(height) && height > 0 && height < 20000) frame.style.height = Math.ceil(height) + 'px';
  });
})();
