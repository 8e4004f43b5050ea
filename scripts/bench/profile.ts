/**
 * Where main-thread time goes: self time per function of a Chrome CPU profile, with minified
 * positions mapped back to the sources through the build's source maps, so that a missed budget
 * comes with a cause (`src/lib/components/PlaceList.svelte:21`, not `Cfojgu7R.js:1`).
 */

export interface CpuProfile {
	nodes: {
		id: number;
		callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	}[];
	samples: number[];
	timeDeltas: number[];
}

export interface Hotspot {
	/** Function name, from the source map when it knows one. */
	fn: string;
	/** Original source and line when mapped, else the script and its line. */
	where: string;
	selfMs: number;
	/** Share of the profiled script and garbage-collection time. */
	share: number;
}

export type Resolver = (
	url: string,
	line: number,
	column: number
) => { source: string; line: number; name?: string } | null;

/**
 * Self time per function, busiest first. Idle time is left out, and so is `(program)`: native work
 * the profiler cannot attribute (style, layout, paint and GPU calls, which Chrome's counters report).
 */
export function hotspots(
	profiles: CpuProfile | readonly CpuProfile[],
	resolve: Resolver = () => null,
	top = 12
): Hotspot[] {
	const byPlace = new Map<string, { fn: string; where: string; us: number }>();
	let busyUs = 0;
	for (const profile of Array.isArray(profiles) ? profiles : [profiles])
		busyUs += addSelfTimes(profile as CpuProfile, resolve, byPlace);
	return [...byPlace.values()]
		.sort((a, b) => b.us - a.us)
		.slice(0, top)
		.map(({ fn, where, us }) => ({
			fn,
			where,
			selfMs: us / 1000,
			share: busyUs ? us / busyUs : 0
		}));
}

/** Adds one profile's self times per function to `byPlace`; returns the time added (µs). */
function addSelfTimes(
	profile: CpuProfile,
	resolve: Resolver,
	byPlace: Map<string, { fn: string; where: string; us: number }>
): number {
	const selfUs = new Map<number, number>();
	profile.samples.forEach((id, i) =>
		selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
	);
	let busyUs = 0;
	for (const node of profile.nodes) {
		const us = selfUs.get(node.id) ?? 0;
		const { functionName, url, lineNumber, columnNumber } = node.callFrame;
		if (us === 0 || functionName === '(idle)' || functionName === '(program)') continue;
		busyUs += us;
		const mapped = url ? resolve(url, lineNumber, columnNumber) : null;
		const script = url ? (url.split('/').pop() ?? url) : '';
		const where = mapped
			? `${mapped.source}:${mapped.line + 1}`
			: script
				? `${script}:${lineNumber + 1}`
				: '';
		const fn = (mapped?.name ?? functionName) || '(anonymous)';
		const key = `${fn}@${where}`;
		const entry = byPlace.get(key) ?? { fn, where, us: 0 };
		entry.us += us;
		byPlace.set(key, entry);
	}
	return busyUs;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes source map `mappings`: per generated line, segments [column, source, line, column, name?]. */
export function decodeMappings(mappings: string): number[][][] {
	const lines: number[][][] = [];
	const state = [0, 0, 0, 0, 0];
	for (const lineText of mappings.split(';')) {
		state[0] = 0;
		const segments: number[][] = [];
		for (const segmentText of lineText.split(',')) {
			if (!segmentText) continue;
			const fields: number[] = [];
			let value = 0;
			let shift = 0;
			for (const char of segmentText) {
				const digit = DIGIT.get(char);
				if (digit === undefined) throw new Error(`invalid base64 VLQ "${segmentText}"`);
				value += (digit & 31) << shift;
				if (digit & 32) shift += 5;
				else {
					fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
					value = 0;
					shift = 0;
				}
			}
			const segment = fields.map((delta, i) => (state[i] = state[i]! + delta));
			segments.push(segment);
		}
		lines.push(segments);
	}
	return lines;
}

export interface SourceMap {
	sources: string[];
	names: string[];
	mappings: string;
	sourceRoot?: string;
}

/** Original position of a generated (0-based) line and column: the last segment at or before it. */
export function originalPosition(
	map: SourceMap,
	decoded: number[][][],
	line: number,
	column: number
): { source: string; line: number; name?: string } | null {
	const segments = decoded[line];
	if (!segments?.length) return null;
	let best: number[] | undefined;
	for (const segment of segments) {
		if (segment[0]! > column) break;
		best = segment;
	}
	if (!best || best.length < 4) return null;
	const source = (map.sources[best[1]!] ?? '')
		.replace(/^(\.\.\/)+/, '')
		.replace(/^.*node_modules\//, '');
	return { source, line: best[2]!, name: best.length >= 5 ? map.names[best[4]!] : undefined };
}
