// Starts the app without an inline script, so the Content-Security-Policy can forbid inline
// scripts. Trunk writes this tag with the hashed file names (see Trunk.toml, pattern_script).
// The page is prerendered HTML, readable at once: the app is fetched only once the page has
// loaded and painted, so its download never delays the first screen.
(function () {
  'use strict';
  var script = document.currentScript;
  // A page was prerendered without the address's query (?q=kokk, ?fylke=46): what the query
  // decides stays hidden (style.css, html[data-query]) until the app shows it.
  if (location.search.length > 1) document.documentElement.setAttribute('data-query', '');
  // An embed (/embed/...) gets the site's frame from shell.html; a school's page shows nothing
  // of it until the app has rendered the embed.
  if (location.pathname.indexOf('/embed/') !== -1) document.documentElement.setAttribute('data-embed', '');

  // Links to a place on this page point at this very address, query included: the page may
  // be served for an address with a query it was not prerendered with.
  var inPage = document.querySelectorAll('a[data-in-page]');
  for (var j = 0; j < inPage.length; j++) {
    inPage[j].href = location.pathname + location.search + '#' + inPage[j].getAttribute('data-in-page');
  }

  // The lines a school pastes (.snippet) name this site as the reader reaches it, not the
  // address the pages were prerendered for: a pasted line must load from where the app is.
  // Only the text changes: the app takes the page over node by node, markers included.
  var snippets = document.querySelectorAll('.snippet');
  for (var i = 0; i < snippets.length; i++) {
    var box = snippets[i].querySelector('code') || snippets[i];
    var text = box.firstChild && box.firstChild.nodeType === 3 ? box.firstChild : null;
    var line = (text ? text.data : box.textContent).replace(/src="https?:\/\/[^\/"]*/g, 'src="' + location.origin);
    if ('value' in box) box.value = box.defaultValue = line;
    else if (text) text.data = line;
    else box.textContent = line;
  }

  // Typing into the search box before the app is live: the prerendered list cannot follow, so
  // it steps aside for a note that results are coming (the app carries the text over).
  var field = document.getElementById('sok');
  if (field) {
    field.addEventListener('input', function () {
      var root = document.documentElement;
      if (root.getAttribute('data-app') === 'ready') return;
      root.setAttribute('data-typing', '');
      var pending = document.querySelector('#app .search-pending');
      if (pending) pending.hidden = false;
    });
  }

  // The data the page is rendered from, requested beside the app instead of after it:
  // snapshot.json (or, on an occupation or STYRK code page, its slice of it: side/hode.json and
  // the page's own part, which data-files names) and the files the page names (data-files,
  // paths in the snapshot folder),
  // the page language's texts (data-texts),
  // and search.json when the address holds a search (?q=) for a page's search box (the list's,
  // the STYRK look-up's). The app takes each response once
  // (src/app/data/fetch.rs) instead of requesting it again. At low priority, so the app's own
  // download goes first.
  function prefetchData() {
    var page = document.getElementById('app');
    var named = page && page.getAttribute('data-files');
    var files = named ? named.split(' ') : [];
    var sliced = false;
    for (var n = 0; n < files.length; n++) if (files[n].indexOf('side/') === 0) sliced = true;
    if (!sliced) files.unshift('snapshot.json');
    if (/[?&]q=[^&]/.test(location.search) && document.querySelector('#sok, #kode-sok')) {
      files.push('search.json');
    }
    var requests = {};
    for (var k = 0; k < files.length; k++) {
      if (!files[k]) continue;
      var path = 'snapshot/' + files[k];
      requests[path] = fetch(path, { priority: 'low' });
      // A request the app never takes must not report an unhandled rejection.
      requests[path].catch(function () {});
    }
    // A page in nynorsk or English names its texts file: the app renders nothing before it.
    var texts = page && page.getAttribute('data-texts');
    if (texts) {
      requests[texts] = fetch(texts);
      requests[texts].catch(function () {});
    }
    window.yrkePrefetched = requests;
  }

  // The data requests and the app's import each in a task of their own: on a slow laptop each
  // takes tens of milliseconds, and the page stays responsive between them.
  function start() {
    prefetchData();
    setTimeout(importApp, 0);
  }

  function importApp() {
    preloadChunk();
    import(script.dataset.js)
      .then(function (app) {
        return app.default({ module_or_path: script.dataset.wasm }).then(function (wasm) {
          // For `make bench`: the exported engine functions (bench builds only), and the size
          // of the app's memory (wasm linear memory grows, never shrinks).
          window.wasmBindings = app;
          window.yrkesutforskeren = {
            memoryBytes: function () {
              return wasm.memory.buffer.byteLength;
            },
          };
        });
      })
      .catch(startFailed);
  }

  // The page's wasm chunk (data-chunk), requested beside the app's own wasm instead of after
  // it: the app's chunk loader then takes this response (same address, same mode).
  function preloadChunk() {
    var page = document.getElementById('app');
    var chunk = page && page.getAttribute('data-chunk');
    if (!chunk) return;
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = chunk;
    document.head.appendChild(link);
  }

  // The app could not start (its download failed, or the app found it cannot run the page:
  // it calls this too): the prerendered page is all there is, so all of it is shown, with
  // the page's note saying the app could not start.
  function startFailed(error) {
    var note = document.getElementById('start-failed');
    if (note) note.hidden = false;
    document.documentElement.removeAttribute('data-query');
    document.documentElement.removeAttribute('data-embed');
    document.documentElement.removeAttribute('data-typing');
    var pending = document.querySelector('#app .search-pending');
    if (pending) pending.hidden = true;
    console.error(error);
  }
  window.yrkeStartFailed = startFailed;

  if (document.readyState === 'complete') setTimeout(start, 0);
  else window.addEventListener('load', function () { setTimeout(start, 0); }, { once: true });
})();
