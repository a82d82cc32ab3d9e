// Yrkesutforskeren on a school's own page, in one line:
//   <script src="https://HOST/PATH/embed.js" data-yrke="it-prosjektleder"></script>
//   <script src="https://HOST/PATH/embed.js" data-view="sok"></script>
// Options: data-farge="#0b5cad" (accent colour; ignored when it lacks contrast),
// data-visning="kompakt" or "full", data-sprak="nb" (bokmål; other languages will follow),
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
  var view = data.view === 'sok' || !data.yrke ? 'sok' : 'yrke';
  var path = view === 'sok' ? 'embed/sok' : 'embed/yrke/' + encodeURIComponent(data.yrke);
  var params = [];
  if (data.farge) params.push('farge=' + encodeURIComponent(data.farge));
  if (data.visning) params.push('visning=' + encodeURIComponent(data.visning));
  if (data.sprak) params.push('sprak=' + encodeURIComponent(data.sprak));
  if (data.tema) params.push('tema=' + encodeURIComponent(data.tema));
  var frame = document.createElement('iframe');
  frame.src = new URL(path + (params.length ? '?' + params.join('&') : ''), appBase).href;
  frame.title = data.tittel || (view === 'sok' ? 'Søk i yrker – Yrkesutforskeren' : 'Yrke fra Yrkesutforskeren');
  frame.loading = 'lazy';
  frame.referrerPolicy = 'no-referrer';
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
