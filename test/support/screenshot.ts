import { executeServerCommand } from '@web/test-runner-commands';

/** A box in viewport CSS px, as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A decoded screenshot of part of the page, with where it was taken (viewport CSS px). */
export interface Shot {
  left: number;
  top: number;
  /** Image pixels per CSS px (the device pixel ratio). */
  scale: number;
  width: number;
  height: number;
  data: Uint8ClampedArray;
  /** The most common colour in the shot, taken as its background. */
  background: [number, number, number];
}

interface Clip {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A real screenshot of the element's border box, from Chromium itself (scripts/screenshot-plugin.mjs),
 * decoded back into pixels with an Image and a canvas. `name` names the saved PNG under RD_RESULTS_DIR.
 */
export async function screenshot(element: Element, name: string): Promise<Shot> {
  const rect = element.getBoundingClientRect();
  const left = Math.round(rect.left);
  const top = Math.round(rect.top);
  const clip = { name, x: left + window.scrollX, y: top + window.scrollY, width: Math.round(rect.width), height: Math.round(rect.height) };
  const base64 = await executeServerCommand<string, Clip>('screenshot', clip);
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [mode] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  return {
    left,
    top,
    scale: canvas.width / clip.width,
    width: canvas.width,
    height: canvas.height,
    data,
    background: [(mode >> 16) & 255, (mode >> 8) & 255, mode & 255],
  };
}

/** "Ink": a pixel that differs clearly from the background (text, borders, filled buttons). */
const INK = 64;

function isInk(shot: Shot, px: number, py: number): boolean {
  const i = (py * shot.width + px) * 4;
  const [r, g, b] = shot.background;
  return Math.max(Math.abs(shot.data[i]! - r), Math.abs(shot.data[i + 1]! - g), Math.abs(shot.data[i + 2]! - b)) > INK;
}

/** The image pixels of a viewport box, clamped to the shot. */
function pixels(shot: Shot, box: Box) {
  const to = (value: number, origin: number, size: number) => Math.min(size, Math.max(0, Math.round((value - origin) * shot.scale)));
  return {
    x0: to(box.left, shot.left, shot.width),
    x1: to(box.right, shot.left, shot.width),
    y0: to(box.top, shot.top, shot.height),
    y1: to(box.bottom, shot.top, shot.height),
  };
}

/** The leftmost and rightmost ink inside a box, in viewport CSS px; undefined when the box is blank. */
export function inkExtent(shot: Shot, box: Box): { left: number; right: number } | undefined {
  const { x0, x1, y0, y1 } = pixels(shot, box);
  let min = Infinity;
  let max = -Infinity;
  for (let py = y0; py < y1; py += 1) {
    for (let px = x0; px < x1; px += 1) {
      if (!isInk(shot, px, py)) continue;
      min = Math.min(min, px);
      max = Math.max(max, px);
    }
  }
  if (min === Infinity) return undefined;
  return { left: shot.left + min / shot.scale, right: shot.left + (max + 1) / shot.scale };
}

/** The share of ink pixels inside a box, 0 to 1. */
export function inkShare(shot: Shot, box: Box): number {
  const { x0, x1, y0, y1 } = pixels(shot, box);
  let ink = 0;
  for (let py = y0; py < y1; py += 1) for (let px = x0; px < x1; px += 1) if (isInk(shot, px, py)) ink += 1;
  const total = (x1 - x0) * (y1 - y0);
  return total ? ink / total : 0;
}

/**
 * The columns (viewport CSS px) where at least `share` of the pixels are close to a colour: a button
 * filled with that colour, not text or a thin border drawn in it; the widest such run. Undefined when none.
 */
export function filledColumns(shot: Shot, box: Box, [r, g, b]: [number, number, number], share = 0.6): { left: number; right: number } | undefined {
  const { x0, x1, y0, y1 } = pixels(shot, box);
  let best = { from: x0, to: x0 };
  let from = x0;
  for (let px = x0; px <= x1; px += 1) {
    let count = 0;
    for (let py = y0; py < y1 && px < x1; py += 1) {
      const i = (py * shot.width + px) * 4;
      if (Math.max(Math.abs(shot.data[i]! - r), Math.abs(shot.data[i + 1]! - g), Math.abs(shot.data[i + 2]! - b)) <= 24) count += 1;
    }
    if (px < x1 && count >= share * (y1 - y0) && y1 > y0) continue;
    if (px - from > best.to - best.from) best = { from, to: px };
    from = px + 1;
  }
  if (best.to === best.from) return undefined;
  return { left: shot.left + best.from / shot.scale, right: shot.left + best.to / shot.scale };
}

/** An `rgb(…)` / `rgba(…)` computed colour as numbers. */
export function rgb(colour: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  // color-mix() and friends compute to color(srgb r g b), channels from 0 to 1.
  const scale = colour.startsWith('color(') ? 255 : 1;
  return [Math.round(r * scale), Math.round(g * scale), Math.round(b * scale)];
}

/** The widest run of columns with no ink at all inside a box (free space), in viewport CSS px. */
export function widestGap(shot: Shot, box: Box): { left: number; right: number } {
  const { x0, x1, y0, y1 } = pixels(shot, box);
  let best = { from: x0, to: x0 };
  let from = x0;
  for (let px = x0; px <= x1; px += 1) {
    let ink = px === x1;
    for (let py = y0; py < y1 && !ink; py += 1) ink = isInk(shot, px, py);
    if (!ink) continue;
    if (px - from > best.to - best.from) best = { from, to: px };
    from = px + 1;
  }
  return { left: shot.left + best.from / shot.scale, right: shot.left + best.to / shot.scale };
}
