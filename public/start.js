// Starts the app without an inline script, so the Content-Security-Policy can forbid inline
// scripts. Trunk writes this tag with the hashed file names (see Trunk.toml, pattern_script).
(function () {
  'use strict';
  var script = document.currentScript;
  import(script.dataset.js)
    .then(function (app) {
      return app.default({ module_or_path: script.dataset.wasm }).then(function (wasm) {
        // For `make bench`: the exported engine functions, and the size of the app's memory
        // (wasm linear memory grows, never shrinks).
        window.wasmBindings = app;
        window.yrkesutforskeren = {
          memoryBytes: function () {
            return wasm.memory.buffer.byteLength;
          },
        };
      });
    })
    .catch(function (error) {
      var note = document.getElementById('start-failed');
      if (note) note.hidden = false;
      console.error(error);
    });
})();
