// Injected by the benchmark into every page before the page's own scripts run, so that the app
// and the reference page are timed the same way. Plain browser JavaScript, read as text.
// Reads its settings from window.__benchConfig = { placeSelectors, themeLabels, viewSelectors }.
(() => {
	const config = window.__benchConfig;
	/** Milliseconds from navigation start. */
	const marks = {};

	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (entry.name === 'first-paint') marks.firstPaint ??= entry.startTime;
			if (entry.name === 'first-contentful-paint') marks.firstContentfulPaint ??= entry.startTime;
		}
	}).observe({ type: 'paint', buffered: true });

	// First place mark in the DOM, then painted: a task queued from rAF runs after that frame.
	const placeSelector = config.placeSelectors.join(', ');
	const observer = new MutationObserver(() => {
		if (marks.placesInDom !== undefined || !document.querySelector(placeSelector)) return;
		marks.placesInDom = performance.now();
		observer.disconnect();
		requestAnimationFrame(() => setTimeout(() => (marks.placesPainted = performance.now())));
	});
	observer.observe(document, { childList: true, subtree: true });

	// The app marks its root once hydrated (data-hydrated): from then on the page answers. The
	// document has no root yet when this runs: watch the whole document.
	const hydration = new MutationObserver(() => {
		if (!document.documentElement || !('hydrated' in document.documentElement.dataset)) return;
		marks.hydrated ??= performance.now();
		hydration.disconnect();
	});
	hydration.observe(document, {
		attributes: true,
		subtree: true,
		attributeFilter: ['data-hydrated']
	});

	// The app and the reference page both set window.__hrcMap on MapLibre's first idle.
	let map;
	Object.defineProperty(window, '__hrcMap', {
		configurable: true,
		get: () => map,
		set: (value) => {
			map = value;
			marks.mapIdle ??= performance.now();
		}
	});

	// A reader whose pointer is over the map from the start: the app starts MapLibre only when the
	// reader reaches for the map, so MapLibre idle is timed on its quickest path.
	const reach = () => {
		if (map) return;
		document.querySelector('.map-view')?.dispatchEvent(new PointerEvent('pointerenter'));
		requestAnimationFrame(reach);
	};
	requestAnimationFrame(reach);

	const isShown = (el) =>
		el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
	const nameOf = (el) =>
		(
			el.getAttribute('aria-label') ||
			(el.labels && el.labels[0] && el.labels[0].textContent) ||
			el.textContent ||
			''
		)
			.replace(/\s+/g, ' ')
			.trim();

	/** The controls of each kind of interaction, found by role and name rather than class. */
	const finders = {
		place() {
			// Prefer what a reader can see (the list or the SVG map), else any place control.
			for (const selector of config.placeSelectors) {
				const all = [...document.querySelectorAll(selector)];
				const shown = all.filter(isShown);
				if (shown.length >= 2) return shown;
				if (all.length >= 2) return all;
			}
			return [];
		},
		theme() {
			// A checkbox (or pressed button) named after a theme; in a closed menu if need be, as a
			// click there toggles it all the same.
			const candidates = [
				...document.querySelectorAll(
					'input[type=checkbox], [role=checkbox], [role=switch], button[aria-pressed], [role=menuitemcheckbox]'
				)
			];
			for (const label of config.themeLabels) {
				const matches = candidates.filter((el) => nameOf(el).startsWith(label));
				const match = matches.find(isShown) ?? matches[0];
				if (match) return [match];
			}
			return [];
		},
		view() {
			for (const selector of config.viewSelectors) {
				const shown = [...document.querySelectorAll(selector)].filter(isShown);
				if (shown.length >= 2) return shown.slice(0, 2);
			}
			return [];
		}
	};

	function activate(el) {
		if (el instanceof HTMLElement) el.click();
		else
			el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
	}

	const nextFrame = () =>
		new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
	let target = null;
	/** Controls found once per kind (at 10,000 places finding them takes seconds), again when gone. */
	const found = {};
	const controlsOf = (kind) => {
		if (!found[kind] || found[kind].length === 0 || !found[kind].every((el) => el.isConnected))
			found[kind] = finders[kind]();
		return found[kind];
	};

	window.__bench = {
		marks,
		/** How many controls of a kind the page has now (0: the interaction is not there yet). */
		count: (kind) => controlsOf(kind).length,
		describe: (kind) =>
			controlsOf(kind)
				.slice(0, 3)
				.map((el) => `${el.tagName.toLowerCase()} "${nameOf(el).slice(0, 40)}"`),
		/** Picks the control the next `fire` activates (outside the measured time: finding costs too). */
		prepare(kind, i) {
			const controls = controlsOf(kind);
			target =
				controls.length === 0
					? null
					: kind === 'theme'
						? controls[0]
						: controls[i % controls.length];
			return target !== null;
		},
		/** Activates the prepared control; resolves to the wall time until after the next frame. */
		async fire() {
			if (!target) return null;
			const start = performance.now();
			activate(target);
			await nextFrame();
			return performance.now() - start;
		},
		/** The same wait with no interaction: what a frame costs on its own. */
		async idle() {
			const start = performance.now();
			await nextFrame();
			return performance.now() - start;
		},
		/** Lets a map animation started by the last interaction end, so the next one starts from rest. */
		async settle(timeout = 3000) {
			const m = window.__hrcMap;
			if (m && typeof m.isMoving === 'function' && (m.isMoving() || !m.loaded()))
				await new Promise((resolve) => {
					m.once('idle', resolve);
					setTimeout(resolve, timeout);
				});
			await nextFrame();
			await nextFrame();
		}
	};
})();
