/**
 * Property-based tests of reading a data folder from disk: bytes a spreadsheet or a broken copy
 * may leave there. Each run writes a fresh temporary folder.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CANONICAL, writeTable, writeTables } from '../../../tests/support/dataFolder';
import {
	BASES,
	awkwardTexts,
	FUZZ_TIMEOUT,
	fuzzOptions,
	layoutsFor
} from '../../../tests/support/mutations';
import { expectWellFormed } from '../../../tests/support/wellFormed';
import { buildAtlas } from '../data/buildAtlas';
import { DATA_FILES, type DataFile } from '../data/types';
import { readDataDir } from './dataDir';

const root = mkdtempSync(join(tmpdir(), 'atlas-data-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let made = 0;
/** Runs `check` on a fresh folder holding these files, then removes the folder. */
async function withFolder<T>(
	files: Partial<Record<DataFile, string | Uint8Array>>,
	check: (dir: string) => Promise<T>
): Promise<T> {
	const dir = join(root, String(made++));
	mkdirSync(dir);
	try {
		for (const [file, content] of Object.entries(files))
			writeFileSync(join(dir, `${file}.csv`), content);
		return await check(dir);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const bases = Object.keys(BASES) as (keyof typeof BASES)[];
const lineAt = (text: string) => (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** Byte sequences that UTF-8 forbids: stray bytes, overlong forms, surrogates, cut sequences. */
const INVALID_UTF8 = [
	[0xff],
	[0xfe],
	[0x80],
	[0xbf],
	[0xc0, 0x80],
	[0xc1, 0xbf],
	[0xed, 0xa0, 0x80],
	[0xf4, 0x90, 0x80, 0x80],
	[0xf8, 0x88, 0x80, 0x80, 0x80],
	[0xe2, 0x82],
	[0xc3]
];

describe('read from disk', () => {
	test(
		'the same data written any way a spreadsheet may gives the same records as in memory',
		async () => {
			const folder = awkwardTexts.chain((a) =>
				fc.record({ a: fc.constant(a), layouts: layoutsFor(a.tables) })
			);
			await fc.assert(
				fc.asyncProperty(folder, async ({ a, layouts }) => {
					const expected = buildAtlas(writeTables(a.tables));
					expect(expected.problems).toEqual([]);
					await withFolder(writeTables(a.tables, layouts), async (dir) =>
						expect(await readDataDir(dir)).toEqual(expected)
					);
				}),
				fuzzOptions(50)
			);
		},
		FUZZ_TIMEOUT
	);

	test(
		'invalid UTF-8 anywhere is reported at its own line, even after a valid U+FFFD',
		async () => {
			const damage = fc
				.record({
					base: fc.constantFrom(...bases),
					file: fc.constantFrom(...DATA_FILES),
					bad: fc.constantFrom(...INVALID_UTF8),
					decoy: fc.boolean()
				})
				.chain((d) =>
					fc.record({
						d: fc.constant(d),
						at: fc.nat(BASES[d.base].texts[d.file].length),
						decoyAt: fc.nat(BASES[d.base].texts[d.file].length)
					})
				);
			await fc.assert(
				fc.asyncProperty(damage, async ({ d: { base, file, bad, decoy }, at, decoyAt }) => {
					let text = BASES[base].texts[file];
					if (/[\ud800-\udbff]/.test(text[at - 1] ?? '')) at--; // never split a surrogate pair
					if (decoy) {
						const where = Math.min(decoyAt, at);
						text = `${text.slice(0, where)}\ufffd${text.slice(where)}`;
						at++;
					}
					const bytes = Buffer.concat([
						Buffer.from(text.slice(0, at)),
						Buffer.from(bad),
						Buffer.from(text.slice(at))
					]);
					const result = await withFolder({ ...BASES[base].texts, [file]: bytes }, readDataDir);
					expect(result).toEqual({
						data: null,
						problems: [
							{
								file: `${file}.csv`,
								line: lineAt(text.slice(0, at)),
								message: 'is not valid UTF-8',
								hint: 'save it again as "CSV UTF-8"'
							}
						]
					});
				}),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);

	test(
		'files of random bytes: never throws, answers with located problems',
		async () => {
			const damage = fc.record({
				base: fc.constantFrom(...bases),
				files: fc.dictionary(fc.constantFrom(...DATA_FILES), fc.uint8Array({ maxLength: 2000 }), {
					minKeys: 1
				})
			});
			await fc.assert(
				fc.asyncProperty(damage, async ({ base, files }) => {
					const result = await withFolder({ ...BASES[base].texts, ...files }, readDataDir);
					const texts = {
						...BASES[base].texts,
						...Object.fromEntries(
							Object.entries(files).map(([file, bytes]) => [file, latin1(bytes)])
						)
					};
					expectWellFormed(result, texts);
					expect(result.data).toBeNull();
				}),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);

	test(
		'missing files are each reported, and nothing else is',
		async () => {
			const damage = fc.record({
				base: fc.constantFrom(...bases),
				gone: fc.subarray([...DATA_FILES], { minLength: 1 })
			});
			await fc.assert(
				fc.asyncProperty(damage, async ({ base, gone }) => {
					const kept = Object.fromEntries(
						Object.entries(BASES[base].texts).filter(([file]) => !gone.includes(file as DataFile))
					);
					const result = await withFolder(kept, readDataDir);
					expect(result.data).toBeNull();
					expect(result.problems.map((p) => [p.file, p.line, p.message])).toEqual(
						[...gone].sort().map((file) => [`${file}.csv`, 0, 'is missing'])
					);
				}),
				fuzzOptions(50)
			);
		},
		FUZZ_TIMEOUT
	);

	test.each([
		['an empty file', Buffer.alloc(0), 0, 'is empty'],
		['a byte-order mark only', Buffer.from([0xef, 0xbb, 0xbf]), 0, 'is empty'],
		[
			'a UTF-16 file, as "Unicode text" is saved',
			Buffer.from('\ufeffid,title\r\n', 'utf16le'),
			1,
			'is not valid UTF-8'
		],
		[
			'a Latin-1 file',
			Buffer.from('id,label_en\nwomen,Femme é\n', 'latin1'),
			2,
			'is not valid UTF-8'
		]
	])('%s is reported', async (_, bytes, line, message) => {
		for (const file of DATA_FILES) {
			const result = await withFolder({ ...BASES.small.texts, [file]: bytes }, readDataDir);
			expect(result.data).toBeNull();
			expect(result.problems).toEqual([
				expect.objectContaining({ file: `${file}.csv`, line, message })
			]);
		}
	});

	test('a folder in place of a file, or no folder at all, is reported without throwing', async () => {
		await withFolder(BASES.small.texts, async (dir) => {
			rmSync(join(dir, 'places.csv'));
			mkdirSync(join(dir, 'places.csv'));
			expect(await readDataDir(dir)).toEqual({
				data: null,
				problems: [
					{
						file: 'places.csv',
						line: 0,
						message: 'cannot be read (EISDIR)',
						hint: 'it must be a readable file'
					}
				]
			});
		});
		const nowhere = await readDataDir(join(root, 'no-such-folder'));
		expect(nowhere.data).toBeNull();
		expect(nowhere.problems.map((p) => `${p.file} ${p.message}`)).toEqual(
			DATA_FILES.map((file) => `${file}.csv is missing`).sort()
		);
	});

	test('a 1 MB cell written with BOM and CRLF is read whole from disk', async () => {
		const tables = structuredClone(BASES.data.tables);
		const huge = 'Ünïcödé, "quoted"\r\nand more '.repeat(40_000);
		tables.practices.rows[3]![tables.practices.header.indexOf('summary_fr')] = huge;
		const texts = {
			...writeTables(tables),
			practices: writeTable(tables.practices, { ...CANONICAL, eol: '\r\n', bom: true }).text
		};
		const result = await withFolder(texts, readDataDir);
		expect(result.problems).toEqual([]);
		expect(result.data!.practices[3]!.summary.fr).toBe(huge.trim());
	});
});
