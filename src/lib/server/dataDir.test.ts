import { expect, test } from 'vitest';
import { lineAtByte, validUtf8Prefix } from './dataDir';

test.each([
	['valid text', Buffer.from('abc\né\n'), 7],
	['a stray byte', Buffer.concat([Buffer.from('ab\n'), Buffer.from([0xff]), Buffer.from('c')]), 3],
	[
		'a valid U+FFFD before a stray byte',
		Buffer.concat([Buffer.from('\ufffd\n'), Buffer.from([0x80])]),
		4
	],
	['a sequence cut at the end', Buffer.from([0x61, 0xe2, 0x82]), 3],
	['a sequence cut by a new character', Buffer.from([0x61, 0xe2, 0x82, 0x61]), 3],
	['an overlong form', Buffer.from([0x61, 0xc0, 0x80]), 1],
	['an encoded surrogate', Buffer.from([0xed, 0xa0, 0x80]), 1]
])('validUtf8Prefix: %s', (_, bytes, length) => {
	expect(validUtf8Prefix(bytes)).toBe(length);
});

test.each([
	['a\nb\nc', 4, 3],
	['a\r\nb\r\nc', 6, 3],
	['a\rb\rc', 4, 3],
	['a\r\n', 1, 1],
	['', 0, 1]
])('lineAtByte(%j, %i) is %i', (text, offset, line) => {
	expect(lineAtByte(Buffer.from(text), offset)).toBe(line);
});
