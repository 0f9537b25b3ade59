/*
 * Staat van het mkb — embed.js, for pages that embed the dashboard's figures:
 *   <iframe src="https://…/embed/<figure>/" …></iframe>
 *   <script src="https://…/embed.js" async></script>
 * Sets each embed's height to its content, so it needs no inner scrollbar. Optional: the iframes work without it.
 *
 * It listens to one kind of message only: {type: 'mkb-embed:height', id, height} whose sender is the window of
 * one of this page's iframes on the embed's own origin and path (the folder embed/ beside this script, so a site
 * published under a base path such as /staat-van-het-mkb/ is matched there), with a finite, positive height
 * below a sane maximum. Anything else is ignored. It reads and sends nothing else, and loads nothing.
 * Loaded from the site itself, so a host's Content-Security-Policy needs only script-src and frame-src for it.
 */
(function () {
  'use strict';
  var flag = '__staatVanHetMkbEmbed';
  if (window[flag]) return; // included twice: the first copy already listens
  window[flag] = true;

  var MAX_HEIGHT = 20000;
  var script = document.currentScript || document.querySelector('script[src$="/embed.js"]');
  var origin;
  var prefix;
  try {
    var own = new URL(script.src, window.location.href);
    origin = own.origin;
    // https://…/staat-van-het-mkb/embed.js → https://…/staat-van-het-mkb/embed/
    prefix = new URL('embed/', own).href;
  } catch (error) {
    return;
  }

  function ownFrames() {
    var frames = document.getElementsByTagName('iframe');
    var found = [];
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].src.indexOf(prefix) === 0) found.push(frames[i]);
    }
    return found;
  }

  function frameOf(source) {
    var frames = ownFrames();
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'mkb-embed:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var frame = event.source ? frameOf(event.source) : null;
    if (!frame) return;
    frame.style.height = Math.ceil(height) + 'px';
  });

  // Embeds that posted their height before this script loaded: ask them again.
  function ask() {
    var frames = ownFrames();
    for (var i = 0; i < frames.length; i++) {
      // '*': a frame still on about:blank would reject a named origin with a console error; the request carries nothing.
      if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: 'mkb-embed:request-height' }, '*');
    }
  }
  ask();
  window.addEventListener('load', ask);
})();
