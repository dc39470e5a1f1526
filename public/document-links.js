// The engagement page's document links (`a[data-document]`): rather than leaving the click hanging while a PDF is
// rendered, ask without waiting (Prefer: respond-async), say in the page's live status that the document is being
// prepared, ask again when told to (Retry-After), and save the file under its own name. Without this script the
// plain links still download. Served from the app (script-src 'self'): no inline code, no eval.
/* global document, window, fetch, URL, setTimeout, Element */
(function () {
  'use strict';

  /** Polls at most this long before telling the person to try again later. */
  var GIVE_UP_AFTER_MS = 5 * 60 * 1000;

  function say(text) {
    var status = document.getElementById('document-status');
    if (status) status.textContent = text;
  }

  function wait(seconds) {
    return new Promise(function (resolve) {
      setTimeout(resolve, seconds * 1000);
    });
  }

  function filenameOf(response, link) {
    var match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') || '');
    return match ? match[1] : link.getAttribute('download') || 'roadmap.pdf';
  }

  function save(blob, filename) {
    var url = URL.createObjectURL(blob);
    var anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = filename;
    anchor.hidden = true;
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 60 * 1000);
  }

  async function obtain(link) {
    var started = Date.now();
    link.setAttribute('aria-busy', 'true');
    try {
      while (Date.now() - started < GIVE_UP_AFTER_MS) {
        var response = await fetch(link.href, { credentials: 'same-origin', headers: { Prefer: 'respond-async' } });
        if (response.status === 202) {
          var preparing = await response.json();
          say(preparing.message);
          await wait(Number(response.headers.get('retry-after')) || 2);
          continue;
        }
        if (response.ok) {
          var filename = filenameOf(response, link);
          save(await response.blob(), filename);
          say('Downloaded ' + filename + '.');
          return;
        }
        var problem = await response.json().catch(function () {
          return null;
        });
        say((problem && problem.detail) || 'The document could not be prepared (' + response.status + ').');
        return;
      }
      say('The document is taking longer than expected: try the link again in a few minutes.');
    } catch {
      // The network failed us: the plain link may still get through.
      window.location.assign(link.href);
    } finally {
      link.removeAttribute('aria-busy');
    }
  }

  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[data-document]') : null;
    // A new tab, a saved link (modifier keys, other buttons) stays the browser's business.
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (link.getAttribute('aria-busy') === 'true') return;
    void obtain(link);
  });
})();
