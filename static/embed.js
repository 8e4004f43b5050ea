/*!
 * Human Rights Cities Map: embed.js, for pages that embed the map. MIT licence.
 *
 * Paste, where the map should appear:
 *   <iframe data-hrc-embed src="https://MAP-SITE/embed?place=utrecht" title="Human Rights Cities Map"
 *     height="520" style="width:100%;border:0" loading="lazy"></iframe>
 *   <script async src="https://MAP-SITE/embed.js"></script>
 * or a placeholder link, which this script turns into a lazily loaded iframe (the link stays where
 * scripts do not run):
 *   <a data-hrc-embed href="https://MAP-SITE/embed?show=map" data-height="400">Human Rights Cities Map</a>
 *
 * Each marked iframe takes the height its embed reports. A message is accepted only when it comes
 * from that iframe's window and from the origin of its address; anything else is ignored.
 *
 * Messages, each a plain object whose `type` starts with "hrc:":
 *   embed → page  { type: 'hrc:size', height }       the content's height in CSS pixels
 *                 { type: 'hrc:view', url, place }   the full map's address of the current view;
 *                 also dispatched on the iframe as a bubbling "hrc:view" event, detail { url, place }
 *   page → embed  { type: 'hrc:select', place }      a place id, or null to close the place
 *                 { type: 'hrc:filter', themes, regions, groups, q, match }  every key optional
 * API: HRCMap.select(iframe, 'utrecht'), HRCMap.filter(iframe, { themes: ['gender'] }),
 *   HRCMap.send(iframe, message), HRCMap.scan() after adding embeds to the page. `iframe` is the
 *   element or a CSS selector. Commands sent before an embed has sent its first message wait for it.
 */
(function () {
	'use strict';
	if (window.HRCMap) return; // the snippet pasted twice on one page

	var MAX_HEIGHT = 100000;
	var MAX_URL = 2048;
	var frames = []; // { iframe, ready, queue }

	function originOf(iframe) {
		try {
			return new URL(iframe.src, location.href).origin;
		} catch (error) {
			return null;
		}
	}

	function isNumber(value) {
		return typeof value === 'number' && isFinite(value);
	}

	/** The full map's address of a view: an http(s) address of the embed's own site. */
	function isSiteUrl(value, origin) {
		if (typeof value !== 'string' || value.length > MAX_URL) return false;
		try {
			var url = new URL(value);
			return url.origin === origin && (url.protocol === 'https:' || url.protocol === 'http:');
		} catch (error) {
			return false;
		}
	}

	function isPlace(value) {
		return value === null || (typeof value === 'string' && /^[a-z0-9-]{1,64}$/.test(value));
	}

	function frameOf(iframe) {
		for (var i = 0; i < frames.length; i++) if (frames[i].iframe === iframe) return frames[i];
		return null;
	}

	function manage(iframe) {
		if (frameOf(iframe)) return;
		frames.push({ iframe: iframe, ready: false, queue: [] });
	}

	/** A placeholder link becomes a lazily loaded iframe of the same address. */
	function fromLink(link) {
		var iframe = document.createElement('iframe');
		iframe.src = link.href;
		iframe.title =
			link.getAttribute('data-title') || link.textContent.trim() || 'Human Rights Cities Map';
		var height = Number(link.getAttribute('data-height'));
		iframe.height = String(height >= 100 && height <= 5000 ? height : 520);
		iframe.setAttribute('loading', 'lazy');
		iframe.setAttribute('data-hrc-embed', '');
		iframe.style.width = '100%';
		iframe.style.border = '0';
		link.parentNode.replaceChild(iframe, link);
		return iframe;
	}

	function scan() {
		var marked = document.querySelectorAll('iframe[data-hrc-embed], a[data-hrc-embed][href]');
		for (var i = 0; i < marked.length; i++) {
			var element = marked[i];
			manage(element.tagName === 'A' ? fromLink(element) : element);
		}
	}

	function receive(event) {
		var data = event.data;
		if (
			!data ||
			typeof data !== 'object' ||
			typeof data.type !== 'string' ||
			data.type.indexOf('hrc:') !== 0
		)
			return;
		var frame = null;
		for (var i = 0; i < frames.length && !frame; i++) {
			var iframe = frames[i].iframe;
			if (event.source === iframe.contentWindow && event.origin === originOf(iframe))
				frame = frames[i];
		}
		if (!frame) return;
		if (
			data.type === 'hrc:size' &&
			isNumber(data.height) &&
			data.height >= 0 &&
			data.height <= MAX_HEIGHT
		) {
			frame.iframe.style.height = Math.ceil(data.height) + 'px';
		} else if (
			data.type === 'hrc:view' &&
			isSiteUrl(data.url, event.origin) &&
			isPlace(data.place)
		) {
			frame.iframe.setAttribute('data-hrc-view', data.url);
			frame.iframe.dispatchEvent(
				new CustomEvent('hrc:view', { bubbles: true, detail: { url: data.url, place: data.place } })
			);
		} else return;
		if (!frame.ready) {
			frame.ready = true;
			var queue = frame.queue.splice(0);
			for (var j = 0; j < queue.length; j++) post(frame, queue[j]);
		}
	}

	function post(frame, message) {
		var origin = originOf(frame.iframe);
		if (origin && frame.iframe.contentWindow)
			frame.iframe.contentWindow.postMessage(message, origin);
	}

	function send(target, message) {
		var iframe = typeof target === 'string' ? document.querySelector(target) : target;
		var frame = iframe && frameOf(iframe);
		if (!frame) throw new Error('HRCMap: not an embedded map: ' + target);
		if (frame.ready) post(frame, message);
		else frame.queue.push(message);
	}

	window.HRCMap = {
		scan: scan,
		send: send,
		select: function (iframe, place) {
			send(iframe, { type: 'hrc:select', place: place });
		},
		filter: function (iframe, filters) {
			var message = {};
			for (var key in filters)
				if (Object.prototype.hasOwnProperty.call(filters, key)) message[key] = filters[key];
			message.type = 'hrc:filter';
			send(iframe, message);
		}
	};
	window.addEventListener('message', receive);
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
	else scan();
})();
