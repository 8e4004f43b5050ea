import { describe, expect, it } from 'vitest';
import {
	CSP_DIRECTIVES,
	formatCsp,
	frameAncestors,
	metaCsp,
	pageCspHeader
} from '../../scripts/csp.js';

describe('the site’s Content-Security-Policy', () => {
	const policy = formatCsp(CSP_DIRECTIVES);

	it('is written with quoted keywords', () => {
		expect(
			formatCsp({
				'default-src': ['self'],
				'img-src': ['self', 'data:'],
				'script-src': ['self', 'sha256-abc=']
			})
		).toBe("default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-abc='");
	});

	it('allows no eval, no inline script, no other origin', () => {
		expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
		expect(policy).toMatch(/script-src 'self'(;|$)/);
		expect(policy).toMatch(/style-src-elem 'self'(;|$)/);
		expect(policy).toMatch(/object-src 'none'/);
		expect(policy).not.toMatch(/https?:|\*/);
	});
});

describe('pageCspHeader', () => {
	const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x='"></head>`;

	it('repeats the page’s own policy and adds frame-ancestors', () => {
		expect(metaCsp(html)).toBe("default-src 'self'; script-src 'self' 'sha256-x='");
		expect(pageCspHeader(html, '/embed')).toBe(
			"default-src 'self'; script-src 'self' 'sha256-x='; frame-ancestors *"
		);
		expect(pageCspHeader(html, '/place/utrecht')).toBe(
			"default-src 'self'; script-src 'self' 'sha256-x='; frame-ancestors 'self'"
		);
		expect(pageCspHeader('<p>no policy</p>', '/')).toBe("frame-ancestors 'self'");
	});

	it('lets anyone frame the embed, in every language, and only the site frame the rest', () => {
		for (const path of ['/embed', '/fr/embed', '/es/embed.html'])
			expect(frameAncestors(path)).toBe('*');
		for (const path of [
			'/',
			'/fr',
			'/place/embed-city',
			'/embedded',
			'/data/atlas.json',
			'/place/embed'
		])
			expect(frameAncestors(path)).toBe("'self'");
	});
});
