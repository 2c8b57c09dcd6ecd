/**
 * The two Teams icons, drawn in code: a "ventanilla" (a service window: a frame with a counter
 * bar) in white. Colour icon: 192×192 on the accent colour. Outline: 32×32, white on transparent.
 */
import type { Image } from './png';

export const ACCENT = { r: 0x1f, g: 0x5f, b: 0xa8 };

type Paint = (x: number, y: number) => boolean;

/** The glyph at unit scale: true where the white strokes are (x, y in [0, 1)). */
function glyph(stroke: number): Paint {
  const inFrame = (x: number, y: number) => x >= 0.2 && x < 0.8 && y >= 0.18 && y < 0.82;
  const inHole = (x: number, y: number) => x >= 0.2 + stroke && x < 0.8 - stroke && y >= 0.18 + stroke && y < 0.82 - stroke;
  const counter = (x: number, y: number) => x >= 0.12 && x < 0.88 && y >= 0.6 && y < 0.6 + stroke;
  const mullion = (x: number, y: number) => x >= 0.5 - stroke / 2 && x < 0.5 + stroke / 2 && y >= 0.18 && y < 0.6;
  return (x, y) => (inFrame(x, y) && !inHole(x, y)) || counter(x, y) || mullion(x, y);
}

function draw(size: number, stroke: number, background: { r: number; g: number; b: number; a: number }): Image {
  const rgba = new Uint8Array(size * size * 4);
  const paint = glyph(stroke);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const i = (y * size + x) * 4;
      const on = paint((x + 0.5) / size, (y + 0.5) / size);
      rgba[i] = on ? 255 : background.r;
      rgba[i + 1] = on ? 255 : background.g;
      rgba[i + 2] = on ? 255 : background.b;
      rgba[i + 3] = on ? 255 : background.a;
    }
  }
  return { width: size, height: size, rgba };
}

/** Full-colour icon, 192×192, opaque. */
export function colorIcon(): Image {
  return draw(192, 0.06, { ...ACCENT, a: 255 });
}

/** Outline icon, 32×32: white strokes on a transparent background. */
export function outlineIcon(): Image {
  return draw(32, 0.1, { r: 255, g: 255, b: 255, a: 0 });
}
