#!/usr/bin/env node
/**
 * Draws the add-in's ribbon icons (16/32/64/80 px PNGs) into assets/icons/ with nothing but Node's zlib.
 * Shapes are drawn on a 0..1 square, 4×4 supersampled. Run: node scripts/make-icons.js
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BLUE = [0x1f, 0x4e, 0x79];
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x10, 0x7c, 0x10];
const RED = [0xc5, 0x0f, 0x1f];
const PAPER = [0xf3, 0xf2, 0xf1];

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const rect = (x0, y0, x1, y1) => roundRect(x0, y0, x1, y1, 0);
/** Thick line segment from (ax,ay) to (bx,by). */
const line = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by), d2 = s(bx, by, cx, cy), d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

const background = [roundRect(0.02, 0.02, 0.98, 0.98, 0.16), BLUE];
const bars = [
  [rect(0.16, 0.6, 0.32, 0.84), WHITE],
  [rect(0.4, 0.44, 0.56, 0.84), WHITE],
  [rect(0.64, 0.3, 0.8, 0.84), WHITE],
];

const ICONS = {
  // The add-in: rising bars with one bar below plan (red).
  icon: [background, ...bars.slice(0, 2), [rect(0.64, 0.52, 0.8, 0.84), RED], [line(0.14, 0.46, 0.84, 0.18, 0.06), WHITE]],
  // Recalculate: bars and a green tick.
  recalc: [background, ...bars, [line(0.3, 0.3, 0.45, 0.44, 0.1), GREEN], [line(0.45, 0.44, 0.78, 0.1, 0.1), GREEN]],
  // Summary: a page with lines, one flagged red.
  summary: [
    background,
    [roundRect(0.2, 0.1, 0.8, 0.9, 0.04), PAPER],
    [rect(0.3, 0.2, 0.7, 0.27), BLUE],
    [rect(0.3, 0.36, 0.7, 0.41), BLUE],
    [rect(0.3, 0.49, 0.7, 0.54), RED],
    [rect(0.3, 0.62, 0.7, 0.67), BLUE],
    [rect(0.3, 0.75, 0.55, 0.8), BLUE],
  ],
};
void triangle;

function draw(shapes, size) {
  const px = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sj = 0; sj < S; sj++) {
        for (let si = 0; si < S; si++) {
          const x = (i + (si + 0.5) / S) / size;
          const y = (j + (sj + 0.5) / S) / size;
          let c = null;
          for (const [hit, colour] of shapes) if (hit(x, y)) c = colour;
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const o = (j * size + i) * 4;
      px[o] = a ? Math.round(r / a) : 0;
      px[o + 1] = a ? Math.round(g / a) : 0;
      px[o + 2] = a ? Math.round(b / a) : 0;
      px[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return png(px, size);
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(rgba, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, '../assets/icons');
fs.mkdirSync(outDir, { recursive: true });
for (const [name, shapes] of Object.entries(ICONS)) {
  for (const size of [16, 32, 64, 80]) {
    fs.writeFileSync(path.join(outDir, `${name}-${size}.png`), draw(shapes, size));
  }
}
console.log(`icons written to ${path.relative(process.cwd(), outDir)}`);
