/** Reading a downloaded chart image the way a person looks at it: what is drawn, in which colours, where. */
import { PNG } from "pngjs";

export interface ColourUse {
  colour: string;
  /** pixels of this colour */
  pixels: number;
  /** runs of consecutive pixel rows holding the colour, top to bottom, as [first, last] */
  runs: [number, number][];
}

export interface Drawing {
  width: number;
  height: number;
  /** the box around every pixel that is not white: [left, top, right, bottom] */
  drawn: [number, number, number, number];
  colours: ColourUse[];
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Decode a PNG and measure what is drawn: the non-white box, and each given colour's pixels and rows. */
export function readDrawing(png: Buffer, colours: string[]): Drawing {
  const image = PNG.sync.read(png);
  const { width, height, data } = image;
  const targets = colours.map(rgb);
  const counts = colours.map(() => 0);
  const rows = colours.map(() => new Set<number>());
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = 4 * (y * width + x);
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      if (a < 16 || (r > 245 && g > 245 && b > 245)) continue;
      [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      targets.forEach(([tr, tg, tb], k) => {
        if (Math.abs(r - tr) <= 4 && Math.abs(g - tg) <= 4 && Math.abs(b - tb) <= 4) {
          counts[k]!++;
          rows[k]!.add(y);
        }
      });
    }
  return {
    width,
    height,
    drawn: [left, top, right, bottom],
    colours: colours.map((colour, k) => {
      const runs: [number, number][] = [];
      for (const y of [...rows[k]!].sort((a, b) => a - b)) {
        const last = runs.at(-1);
        if (last && y === last[1] + 1) last[1] = y;
        else runs.push([y, y]);
      }
      return { colour, pixels: counts[k]!, runs };
    }),
  };
}

/**
 * What is wrong with a legend chart's image, as lines (none when it is right): the drawing fills the
 * image's width, and every legend colour shows first as a small swatch (the legend, on top) and
 * then, further down, as a large area of the chart itself. A download of the legend's swatch alone
 * (Plot's first <svg>) is one colour filling the image, and fails every line.
 */
export function legendChartProblems({ width, height, drawn, colours }: Drawing): string[] {
  const problems: string[] = [];
  const [left, top, right, bottom] = drawn;
  if (right - left < 0.4 * width) problems.push(`drawing is ${right - left} px wide of ${width}`);
  for (const { colour, pixels, runs } of colours) {
    const swatch = runs[0];
    if (!swatch) {
      problems.push(`${colour} is not drawn`);
      continue;
    }
    if (swatch[1] - swatch[0] > 0.05 * (bottom - top))
      problems.push(`${colour} starts with a large area, not a swatch`);
    if (runs.length < 2) problems.push(`${colour} is drawn only once (legend or chart, not both)`);
    const chart = pixels - (swatch[1] - swatch[0] + 1) ** 2; // what is left beside a square swatch
    if (chart < 0.0025 * width * height) problems.push(`${colour} covers only ${pixels} px`);
  }
  return problems;
}
