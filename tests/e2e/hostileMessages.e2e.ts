/**
 * Hostile messages, in Chromium: a host page on another origin frames two embeds (sized by
 * embed.js), an unmarked frame of the map's own site and a stranger's frame. Every message of a
 * catalogue of wrong shapes, wrong types, prototype-pollution keys and huge payloads is sent to an
 * embed (by its host page, by a sibling frame, by a host of another origin than `origin=`) and to
 * embed.js (by a stranger, by the page itself, by an embed about itself or claiming to be the
 * other): nothing changes, nothing throws; a valid message then still works, so the channel was open.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { serve } from '../../scripts/serve.js';

const port = Number(process.env.E2E_PORT || 4173);
const site = `http://127.0.0.1:${port}/`;
const siteOrigin = new URL(site).origin;
// Ports of their own, apart from those of embed.e2e.ts (port + 2 to port + 4).
const hostPort = port + 1;
const strangerPort = port + 5;
let servers: Server[] = [];
let hostUrl = '';

test.beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'hrc-hostile-host-'));
	const only = encodeURIComponent(`http://127.0.0.1:${strangerPort}`);
	writeFileSync(
		join(dir, 'index.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0">
<iframe id="a" data-hrc-embed src="${site}embed?height=200" title="A" style="width:100%;border:0"></iframe>
<iframe id="b" data-hrc-embed src="${site}embed?height=210" title="B" style="width:100%;border:0"></iframe>
<iframe id="locked" data-hrc-embed src="${site}embed?height=200&amp;origin=${only}" title="Locked" style="width:100%;border:0"></iframe>
<iframe id="unmarked" src="${site}embed?height=190" title="Unmarked" height="150" style="width:100%;border:0"></iframe>
<iframe id="stranger" src="http://127.0.0.1:${strangerPort}/" title="Stranger" height="60" style="width:100%;border:0"></iframe>
<script async src="${site}embed.js"></script>
</body></html>`
	);
	const strangerDir = mkdtempSync(join(tmpdir(), 'hrc-hostile-stranger-'));
	writeFileSync(
		join(strangerDir, 'index.html'),
		'<!doctype html><title>Stranger</title><link rel="icon" href="data:,"><p>A widget</p>'
	);
	const host = await serve({ dir, port: hostPort });
	const stranger = await serve({ dir: strangerDir, port: strangerPort });
	servers = [host.server, stranger.server];
	hostUrl = host.url;
});

test.afterAll(async () => {
	await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
});

/**
 * The catalogue, built in the browser (structured clone keeps what JSON cannot: undefined, NaN,
 * dates, maps, deep nesting). `target` names a valid place or a valid height to corrupt; the
 * function runs in the page, so it is self-contained.
 */
function catalogue(kind: 'command' | 'size'): unknown[] {
	const deep = (depth: number) => {
		let value: unknown = 'utrecht';
		for (let i = 0; i < depth; i++) value = { a: value };
		return value;
	};
	const deepArray = (depth: number) => {
		let value: unknown = ['utrecht'];
		for (let i = 0; i < depth; i++) value = [value];
		return value;
	};
	const big = 'x'.repeat(5_000_000);
	const common: unknown[] = [
		undefined,
		null,
		0,
		NaN,
		true,
		'hrc:select',
		'{"type":"hrc:select","place":"jenin"}',
		big,
		[],
		['hrc:select', 'jenin'],
		new Date(0),
		new Map([['type', 'hrc:select']]),
		{},
		{ type: null },
		{ type: 7 },
		{ type: ['hrc:select'] },
		{ type: 'HRC:SELECT', place: 'jenin' },
		{ type: ' hrc:select', place: 'jenin' },
		{ type: 'hrc:select\u0000', place: 'jenin' },
		{ type: 'hrc:unknown', place: 'jenin' },
		{ type: 'hrc:' + big },
		{ type: big + 'hrc:select' },
		deep(5000),
		deepArray(5000),
		JSON.parse('{"__proto__":{"type":"hrc:select","place":"jenin","height":4000,"polluted":1}}'),
		JSON.parse('{"constructor":{"prototype":{"polluted":1}},"type":"hrc:filter"}'),
		Object.assign(Object.create({ type: 'hrc:select', place: 'jenin' }), { polluted: 1 })
	];
	if (kind === 'command')
		return [
			...common,
			{ type: 'hrc:select' },
			{ type: 'hrc:select', place: 7 },
			{ type: 'hrc:select', place: true },
			{ type: 'hrc:select', place: ['jenin'] },
			{ type: 'hrc:select', place: { toString: 'jenin' } },
			{ type: 'hrc:select', place: 'Jenin' },
			{ type: 'hrc:select', place: 'atlantis' },
			{ type: 'hrc:select', place: 'jenin ' },
			{ type: 'hrc:select', place: '../jenin' },
			{ type: 'hrc:select', place: 'javascript:alert(1)' },
			{ type: 'hrc:select', place: '<img src=x onerror=alert(1)>' },
			{ type: 'hrc:select', place: 'j'.repeat(65) },
			{ type: 'hrc:select', place: big },
			{ type: 'hrc:select', place: deep(5000) },
			{ type: 'hrc:select', place: 'jenin', extra: true },
			JSON.parse('{"type":"hrc:select","place":"jenin","__proto__":{"polluted":1}}'),
			JSON.parse(
				'{"type":"hrc:select","place":"jenin","constructor":{"prototype":{"polluted":1}}}'
			),
			{ type: 'hrc:filter', themes: 'housing' },
			{ type: 'hrc:filter', themes: Array(1_000_000).fill('housing') },
			{ type: 'hrc:filter', themes: [big] },
			{ type: 'hrc:filter', themes: deepArray(5000) },
			{ type: 'hrc:filter', q: big },
			{ type: 'hrc:filter', match: 'none' },
			{ type: 'hrc:size', height: 10 },
			{ type: 'hrc:view', url: 'https://evil.example/', place: 'jenin' }
		];
	return [
		...common,
		{ type: 'hrc:size' },
		{ type: 'hrc:size', height: -1 },
		{ type: 'hrc:size', height: 100_001 },
		{ type: 'hrc:size', height: 1e308 },
		{ type: 'hrc:size', height: Infinity },
		{ type: 'hrc:size', height: NaN },
		{ type: 'hrc:size', height: '900' },
		{ type: 'hrc:size', height: '900px' },
		{ type: 'hrc:size', height: [900] },
		{ type: 'hrc:size', height: { valueOf: 900 } },
		{ type: 'hrc:size', height: 900n },
		{ type: 'hrc:size', height: big },
		{ type: 'hrc:size', height: deep(5000) },
		JSON.parse('{"type":"hrc:size","__proto__":{"height":900}}'),
		Object.assign(Object.create({ height: 900 }), { type: 'hrc:size' }),
		{ type: 'hrc:view', url: 'javascript:alert(1)', place: null },
		{ type: 'hrc:view', url: 'data:text/html,<script>alert(1)</script>', place: null },
		{ type: 'hrc:view', url: 'https://evil.example/', place: null },
		{ type: 'hrc:view', url: 'https://' + big, place: null },
		{ type: 'hrc:view', url: 7, place: null },
		{ type: 'hrc:view', place: null },
		{ type: 'hrc:view', url: 'http://127.0.0.1/', place: '<img src=x onerror=alert(1)>' },
		{ type: 'hrc:select', place: 'jenin' }
	];
}

/** Installs, in a frame or the page, a recorder of uncaught errors and of pollution. */
const recordErrors = (target: Page | Frame) =>
	target.evaluate(() => {
		const errors: string[] = [];
		(window as unknown as { errors: string[] }).errors = errors;
		addEventListener('error', (event) => errors.push(String(event.message)));
		addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
	});
const errorsAndPollution = (target: Page | Frame) =>
	target.evaluate(() => ({
		errors: (window as unknown as { errors: string[] }).errors,
		polluted: [
			({} as Record<string, unknown>).polluted,
			([] as unknown as { polluted?: 1 }).polluted
		]
	}));

async function open(page: Page) {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	await page.goto(hostUrl);
	// `locked` speaks only to another origin than this page's: embed.js never hears its size.
	for (const id of ['a', 'b'])
		// Four maps start at once on a software renderer: give them time.
		await expect
			.poll(() => page.locator(`#${id}`).evaluate((f) => f.style.height), { timeout: 30_000 })
			.not.toBe('');
	const frames = page.frames();
	const find = (test: (url: string) => boolean) => frames.find((f) => test(f.url()))!;
	const a = find((url) => url.includes('height=200'));
	const b = find((url) => url.includes('height=210'));
	const locked = find((url) => url.includes('origin='));
	const unmarked = find((url) => url.endsWith('embed?height=190'));
	const stranger = find((url) => url.startsWith(`http://127.0.0.1:${strangerPort}`));
	for (const target of [page, a, b, locked, unmarked, stranger]) {
		await recordErrors(target);
		// Evaluated through the browser's debugging protocol, which the site's CSP does not bind.
		await target.evaluate(`window.hostile = ${catalogue.toString()}`);
	}
	return { problems, a, b, locked, unmarked, stranger };
}

/** The catalogue, once installed in a window by `open`. */
declare function hostile(kind: 'command' | 'size'): unknown[];
const heights = (page: Page) =>
	page.evaluate(() =>
		['a', 'b', 'locked', 'unmarked'].map((id) => document.getElementById(id)!.style.height)
	);
const selected = (frame: Frame) => frame.locator('#embed-place').inputValue();

test.describe('hostile messages', () => {
	test.setTimeout(120_000);

	test('to an embed, from its host, a sibling, or a host of the wrong origin: ignored', async ({
		page
	}) => {
		const { problems, a, b, locked, unmarked, stranger } = await open(page);
		const before = await heights(page);

		// The host page, the right window, posts the catalogue to each embed.
		const sent = await page.evaluate((origin) => {
			const messages = hostile('command');
			let failed = 0;
			for (const id of ['a', 'locked', 'unmarked'])
				for (const message of messages)
					try {
						(document.getElementById(id) as HTMLIFrameElement).contentWindow!.postMessage(
							message,
							origin
						);
					} catch {
						failed++; // a message the browser cannot clone never leaves
					}
			return { count: messages.length, failed };
		}, siteOrigin);
		expect(sent.count).toBeGreaterThanOrEqual(50);
		// A sibling frame (another origin) posts valid commands straight to the embeds.
		await stranger.evaluate(() => {
			for (let i = 0; i < parent.frames.length; i++)
				if (parent.frames[i] !== window)
					parent.frames[i]!.postMessage({ type: 'hrc:select', place: 'jenin' }, '*');
		});
		// The right host, but `locked` takes commands from the stranger's origin only.
		await page.evaluate(() =>
			(document.getElementById('locked') as HTMLIFrameElement).contentWindow!.postMessage(
				{ type: 'hrc:select', place: 'jenin' },
				'*'
			)
		);

		// Then one valid command to `a`: messages from one window arrive in order, so once it
		// shows, the catalogue was handled. `a` alone changes.
		await page.evaluate((origin) => {
			(document.getElementById('a') as HTMLIFrameElement).contentWindow!.postMessage(
				{ type: 'hrc:select', place: 'utrecht' },
				origin
			);
		}, siteOrigin);
		await expect(a.locator('#embed-place')).toHaveValue('utrecht');
		await page.waitForTimeout(300);
		expect(await selected(b)).toBe('');
		expect(await selected(locked)).toBe('');
		expect(await selected(unmarked)).toBe('');
		// Heights move only by the embeds' own reports: `a` grew with its panel, nothing else did.
		const after = await heights(page);
		expect([after[1], after[2], after[3]]).toEqual([before[1], before[2], before[3]]);
		for (const target of [page, a, b, locked, unmarked])
			expect(await errorsAndPollution(target)).toEqual({
				errors: [],
				polluted: [undefined, undefined]
			});
		expect(problems).toEqual([]);
	});

	test('to embed.js, from a stranger, the page itself, or an embed claiming to be another: ignored', async ({
		page
	}) => {
		const { problems, a, b, unmarked, stranger } = await open(page);
		const before = await heights(page);
		await page.evaluate(() => {
			const views: unknown[] = [];
			(window as unknown as { views: unknown[] }).views = views;
			addEventListener('hrc:view', (event) => views.push((event as CustomEvent).detail));
		});
		const postAll = (target: Page | Frame, to: 'parent' | 'self') =>
			target.evaluate((to) => {
				const messages = hostile('size');
				const window_ = to === 'parent' ? parent : window;
				let count = 0;
				for (const message of messages)
					try {
						window_.postMessage(message, '*');
						count++;
					} catch {
						// not cloneable: never sent
					}
				// And valid sizes and views, from a window that is not a marked embed.
				window_.postMessage({ type: 'hrc:size', height: 900 }, '*');
				window_.postMessage({ type: 'hrc:view', url: 'http://127.0.0.1/evil', place: null }, '*');
				return count;
			}, to);
		const counts = [
			await postAll(stranger, 'parent'),
			await postAll(unmarked, 'parent'),
			await postAll(page, 'self')
		];
		expect(Math.min(...counts)).toBeGreaterThanOrEqual(40);

		// Embed `a`, a marked frame of the right origin, sends the catalogue about itself (bad
		// shapes change nothing) and sizes and views that claim to be `b`'s.
		await a.evaluate(() => {
			const messages = hostile('size');
			for (const message of messages)
				try {
					parent.postMessage(message, '*');
				} catch {
					// not cloneable
				}
			const b = document.referrer; // nothing of b is known to a but what it claims
			parent.postMessage({ type: 'hrc:size', height: 901, id: 'b', frame: 'b', src: b }, '*');
			parent.postMessage(
				{
					type: 'hrc:view',
					url: location.href.replace('height=200', 'height=210'),
					place: null,
					id: 'b'
				},
				'*'
			);
		});
		// Its own valid size, last: it applies to `a`, and only to `a`.
		await a.evaluate(() => parent.postMessage({ type: 'hrc:size', height: 777 }, '*'));
		await expect.poll(() => page.locator('#a').evaluate((f) => f.style.height)).toBe('777px');
		const after = await heights(page);
		expect([after[1], after[2], after[3]]).toEqual([before[1], before[2], before[3]]);
		// No view event came from anything but `a`, and none carried a script or foreign address.
		const views = await page.evaluate(
			() => (window as unknown as { views: { url: string }[] }).views
		);
		for (const view of views) expect(view.url.startsWith(site)).toBe(true);
		expect(await page.locator('#b').getAttribute('data-hrc-view')).not.toContain('height=200');
		expect(await page.locator('#a').getAttribute('data-hrc-view')).not.toMatch(
			/^(javascript|data):|evil/
		);
		expect(await selected(b)).toBe('');
		for (const target of [page, a, b, unmarked])
			expect(await errorsAndPollution(target)).toEqual({
				errors: [],
				polluted: [undefined, undefined]
			});
		expect(problems).toEqual([]);
	});
});
