/**
 * A small static server for the built site, as a plain web host would serve it:
 * `/place/utrecht` → `place/utrecht.html`, optional sub-path, optional CSP header.
 * Usage: node scripts/serve.js [--dir build] [--port 4173] [--base /sub] [--csp] [--gzip]
 * `--csp` sends each page's Content-Security-Policy as a header too, with `frame-ancestors`
 * (see scripts/csp.js), as a host that sets headers would. `--gzip` compresses text for clients
 * that accept it, as most hosts do (the benchmarks' Lighthouse runs use it).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { pageCspHeader } from './csp.js';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.pbf': 'application/x-protobuf',
	'.txt': 'text/plain; charset=utf-8'
};

/** @param {string} path */
async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** Text a host compresses; fonts and images are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|javascript)|image\/svg)/;

/**
 * Starts the server; resolves to { server, url }. Port 0 picks a free port. `headers` are added to
 * every response; `csp` sends each page's policy as a header too (see scripts/csp.js); `gzip`
 * compresses text for clients that accept it.
 * @param {{ dir?: string, port?: number, base?: string, headers?: Record<string, string>, csp?: boolean, gzip?: boolean }} [options]
 */
export async function serve({
	dir = 'build',
	port = 4173,
	base = '',
	headers = {},
	csp = false,
	gzip = false
} = {}) {
	const root = resolve(dir);
	const prefix = base.replace(/\/$/, '');
	/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
	async function respond(req, res) {
		let url, path;
		try {
			url = new URL(req.url ?? '/', 'http://localhost');
			path = decodeURIComponent(url.pathname);
		} catch {
			return plain(res, 400, 'Bad request');
		}
		if (prefix) {
			if (path === prefix) path = prefix + '/';
			if (!path.startsWith(prefix + '/')) return notFound(res);
			path = path.slice(prefix.length);
		}
		const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
		// `/fr/` is the page `fr.html`: redirect to `/fr` so its relative asset paths resolve.
		if (
			safe.length > 1 &&
			safe.endsWith('/') &&
			!(await isFile(join(root, safe, 'index.html'))) &&
			(await isFile(join(root, `${safe.slice(0, -1)}.html`)))
		) {
			res.writeHead(301, { location: `${prefix}${safe.slice(0, -1)}${url.search}` });
			res.end();
			return;
		}
		const candidates = safe.endsWith('/')
			? [join(root, safe, 'index.html')]
			: [join(root, safe), join(root, `${safe}.html`), join(root, safe, 'index.html')];
		for (const file of candidates) {
			if (!file.startsWith(root) || !(await isFile(file))) continue;
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			if (csp && extname(file) === '.html') {
				const html = await readFile(file, 'utf8');
				res.writeHead(200, {
					'content-type': type,
					'content-security-policy': pageCspHeader(html, path),
					...headers
				});
				res.end(html);
				return;
			}
			const compress =
				gzip &&
				COMPRESSIBLE.test(type) &&
				/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			res.writeHead(200, {
				'content-type': type,
				...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
				...headers
			});
			// A file that vanishes or a client that leaves ends this response, never the server.
			const fail = () => res.destroy();
			const source = createReadStream(file).on('error', fail);
			if (compress) source.pipe(createGzip().on('error', fail)).pipe(res);
			else source.pipe(res);
			return;
		}
		notFound(res);
	}
	// One bad request (a malformed address, a file read failing) must not stop the server.
	const server = createServer((req, res) => {
		respond(req, res).catch((error) => {
			console.error(`${req.method} ${req.url}: ${error}`);
			if (!res.headersSent) plain(res, 500, 'Server error');
			else res.destroy();
		});
	});
	await new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(undefined)));
	const address = server.address();
	return {
		server,
		url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}${prefix}/`
	};
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} text */
function plain(res, status, text) {
	res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
	res.end(text);
}

/** @param {import('node:http').ServerResponse} res */
const notFound = (res) => plain(res, 404, 'Not found');

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			dir: { type: 'string', default: 'build' },
			port: { type: 'string', default: '4173' },
			base: { type: 'string', default: '' },
			csp: { type: 'boolean', default: false },
			gzip: { type: 'boolean', default: false }
		}
	});
	const { url } = await serve({
		dir: values.dir,
		port: Number(values.port),
		base: values.base,
		csp: values.csp,
		gzip: values.gzip
	});
	console.log(`Serving ${values.dir} at ${url}`);
}
