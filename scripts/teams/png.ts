/** A minimal RGBA PNG writer and header reader (node:zlib only; no image library, no downloads). */
import { deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels, row-major, 4 bytes each. */
export interface Image {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/**
 * Encodes an 8-bit RGBA PNG (colour type 6, no interlace, filter 0 on every row).
 *
 * @example
 * encodePng({ width: 1, height: 1, rgba: new Uint8Array([255, 255, 255, 0]) });
 */
export function encodePng(image: Image): Buffer {
  const { width, height, rgba } = image;
  if (rgba.length !== width * height * 4) throw new Error('encodePng: pixel buffer size does not match');
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Width, height, bit depth and colour type from a PNG's IHDR (throws when it is no PNG). */
export function readPngHeader(bytes: Buffer): { width: number; height: number; bitDepth: number; colorType: number } {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bitDepth: bytes[24] ?? 0, colorType: bytes[25] ?? 0 };
}

/**
 * Decodes an 8-bit RGBA PNG written with filter 0 on every row (what {@link encodePng} writes);
 * enough to check the generated icons' pixels. Throws on anything else.
 */
export function decodeSimplePng(bytes: Buffer): Image {
  const { width, height, bitDepth, colorType } = readPngHeader(bytes);
  if (bitDepth !== 8 || colorType !== 6) throw new Error('decodeSimplePng: only 8-bit RGBA');
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 4 + 1);
    if (raw[row] !== 0) throw new Error('decodeSimplePng: only filter 0');
    rgba.set(raw.subarray(row + 1, row + 1 + width * 4), y * width * 4);
  }
  return { width, height, rgba };
}
