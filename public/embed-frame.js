/*
 * Inside an embed page (/embed/…/), loaded in <head> so the theme is set before the first paint.
 * 1. ?theme=dark or ?theme=light on the iframe's URL sets the theme class (without it, CSS follows the
 *    reader's prefers-color-scheme).
 * 2. When framed, posts the page's height to the host whenever it changes, for embed.js (and the AMP
 *    embed-size message for <amp-iframe>). The messages carry only the embed's id and a number.
 * The page is complete without this script. Its URL never changes: pinned embeds of old drops load it too.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var theme = /[?&]theme=(dark|light)(?:&|$)/.exec(window.location.search);
  if (theme) root.classList.add('theme-' + theme[1]);

  if (window.parent === window) return;
  var parent = window.parent;

  function start() {
    var content = document.querySelector('[data-embed-id]');
    if (!content) return;
    var id = content.getAttribute('data-embed-id') || '';
    var last = 0;
    function post(force) {
      var height = Math.ceil(content.getBoundingClientRect().height);
      if (!(height > 0) || (height === last && !force)) return;
      last = height;
      parent.postMessage({ type: 'mkb-embed:height', id: id, height: height }, '*');
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
    }
    if (typeof ResizeObserver === 'function') {
      new ResizeObserver(function () {
        post(false);
      }).observe(content);
    } else {
      window.addEventListener('resize', function () {
        post(false);
      });
    }
    window.addEventListener('load', function () {
      post(true);
    });
    // embed.js asks once it is listening (it may load after this page has posted).
    window.addEventListener('message', function (event) {
      if (event.source === parent && event.data && event.data.type === 'mkb-embed:request-height') post(true);
    });
    post(true);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
