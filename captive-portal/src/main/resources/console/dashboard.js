/* Pita dashboard: live figures over Server-Sent Events. The page works without this file (it reloads every
   60 s); with it, the server sends the same figures it rendered, already formatted, and this only swaps them. */
(function () {
  'use strict';
  if (!window.EventSource || !document.querySelector) {
    return;
  }
  var source = new EventSource('/console/live?refresh=auto');
  source.addEventListener('figures', function (event) {
    var f = JSON.parse(event.data);
    var texts = document.querySelectorAll('[data-live]');
    for (var i = 0; i < texts.length; i++) {
      var text = f.texts[texts[i].getAttribute('data-live')];
      if (text !== undefined && texts[i].textContent !== text) {
        texts[i].textContent = text;
      }
    }
    var bars = document.querySelectorAll('[data-w]');
    for (var j = 0; j < bars.length; j++) {
      var width = f.widths[bars[j].getAttribute('data-w')];
      if (width !== undefined) {
        bars[j].setAttribute('width', String(width));
      }
    }
    var box = document.getElementById('warnings');
    if (box) {
      while (box.firstChild) {
        box.removeChild(box.firstChild);
      }
      for (var k = 0; k < f.warnings.length; k++) {
        var p = document.createElement('p');
        p.textContent = f.warnings[k];
        box.appendChild(p);
      }
      box.hidden = f.warnings.length === 0;
    }
    document.documentElement.setAttribute('data-live-seq', String(f.seq));
  });
}());
