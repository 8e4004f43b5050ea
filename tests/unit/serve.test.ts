import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';

/** Sends a request line exactly as given: fetch would tidy the path first. */
function get(port: number, path: string) {
	return new Promise<{ status: number; body: string }>((done, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
			let body = '';
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => done({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', fail);
		req.end();
	});
}

describe('the static server', () => {
	let server: Server;
	let port: number;

	beforeAll(async () => {
		const dir = mkdtempSync(join(tmpdir(), 'serve-'));
		mkdirSync(join(dir, 'place'));
		writeFileSync(join(dir, 'index.html'), 'home');
		writeFileSync(join(dir, 'place', 'utrecht.html'), 'utrecht');
		const started = await serve({ dir, port: 0 });
		server = started.server;
		port = Number(new URL(started.url).port);
	});
	afterAll(() => new Promise((done) => server.close(done)));

	it('serves pages as a plain host would', async () => {
		expect(await get(port, '/')).toEqual({ status: 200, body: 'home' });
		expect(await get(port, '/place/utrecht')).toEqual({ status: 200, body: 'utrecht' });
		expect((await get(port, '/place/nowhere')).status).toBe(404);
	});

	it('answers malformed and escaping paths and keeps serving', async () => {
		for (const path of ['/%E0%A4%A', '/%', '//', '//a%20b', '/../../etc/passwd', '/%2e%2e/x']) {
			expect([400, 404], path).toContain((await get(port, path)).status);
		}
		expect(await get(port, '/')).toEqual({ status: 200, body: 'home' });
	});
});
