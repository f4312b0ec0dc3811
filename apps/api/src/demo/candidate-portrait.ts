import { encodePng } from "./png-encoder.ts";

type Rgb = readonly [number, number, number];

/** What tells one candidate's portrait from another's. */
export interface PortraitLook {
  background: Rgb;
  uniform: Rgb;
  skin: Rgb;
  hair: Rgb;
  longHair: boolean;
}

export const portraitWidth = 240;
export const portraitHeight = 320;

const hex = (value: string): Rgb => [
  Number.parseInt(value.slice(1, 3), 16),
  Number.parseInt(value.slice(3, 5), 16),
  Number.parseInt(value.slice(5, 7), 16),
];

const backgrounds = ["#dbe8f5", "#f6e3d3", "#dff0e1", "#efe0f2", "#f7efd0", "#d9eeee"].map(hex);
const skins = ["#f1c9a5", "#e0ac84", "#f5d3b8"].map(hex);
const hairs = ["#2b2420", "#3d2b22", "#1f1d1c"].map(hex);

/** Work clothes by trade (工种), first match wins. */
const uniforms: readonly [RegExp, Rgb][] = [
  [/保洁|环卫/, hex("#ee8a2a")],
  [/驾驶|司机|公交/, hex("#2c3e6b")],
  [/钢筋|砌筑|架子|建筑/, hex("#c49a2c")],
  [/焊|车工|钳工|铣工|电工|维修|仪表|装接|操作工/, hex("#2f5fa8")],
  [/烹调|面点|厨/, hex("#f2f1ec")],
  [/服务员|收银|营销|茶艺/, hex("#b8323a")],
  [/育婴|护理|家政/, hex("#e58fa8")],
];
const plainUniform = hex("#4f6273");

/** The look of the `index`th candidate: a background of their own, the work clothes of their trade. */
export function portraitLook(index: number, trade: string | null, gender: "MALE" | "FEMALE" | null): PortraitLook {
  const pick = <T>(list: readonly T[]) => list[index % list.length] as T;
  return {
    background: pick(backgrounds),
    uniform: uniforms.find(([pattern]) => trade !== null && pattern.test(trade))?.[1] ?? plainUniform,
    skin: pick(skins),
    hair: pick(hairs),
    longHair: gender === "FEMALE",
  };
}

/** How much of the pixel around (x, y) a shape covers, 0 to 1 (edges are softened over a pixel). */
type Shape = (x: number, y: number) => number;

const clamp = (value: number) => Math.min(1, Math.max(0, value));

function ellipse(cx: number, cy: number, rx: number, ry: number): Shape {
  return (x, y) => {
    const dx = x - cx;
    const dy = y - cy;
    const inside = (dx * dx) / (rx * rx) + (dy * dy) / (ry * ry) - 1;
    // Well inside or well outside: no edge to soften.
    if (inside < -0.1) return 1;
    if (inside > 0.1) return 0;
    const slope = 2 * Math.sqrt((dx * dx) / (rx * rx * rx * rx) + (dy * dy) / (ry * ry * ry * ry)) || 1;
    return clamp(0.5 - inside / slope);
  };
}

/** A triangle with its corners listed clockwise (y pointing down). */
function triangle(corners: readonly [number, number][]): Shape {
  const edges = corners.map(([x1, y1], index) => {
    const [x2, y2] = corners[(index + 1) % corners.length] as [number, number];
    const length = Math.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2);
    return { x1, y1, nx: -(y2 - y1) / length, ny: (x2 - x1) / length };
  });
  return (x, y) => {
    let nearest = Number.POSITIVE_INFINITY;
    for (const edge of edges) nearest = Math.min(nearest, (x - edge.x1) * edge.nx + (y - edge.y1) * edge.ny);
    return clamp(0.5 + nearest);
  };
}

const both =
  (first: Shape, second: Shape): Shape =>
  (x, y) =>
    Math.min(first(x, y), second(x, y));
const either =
  (first: Shape, second: Shape): Shape =>
  (x, y) =>
    Math.max(first(x, y), second(x, y));
const above =
  (edge: number): Shape =>
  (_x, y) =>
    clamp(edge - y + 0.5);

const mix = (from: Rgb, to: Rgb, share: number): Rgb => [
  from[0] + (to[0] - from[0]) * share,
  from[1] + (to[1] - from[1]) * share,
  from[2] + (to[2] - from[2]) * share,
];
const white: Rgb = [255, 255, 255];
const black: Rgb = [0, 0, 0];

/**
 * A head-and-shoulders silhouette on a soft background, 240×320, as PNG bytes: the portrait the
 * demo gives each candidate of a public vote, drawn here so that no image file ships with the code.
 */
export function drawPortrait(look: PortraitLook): Buffer {
  const centre = portraitWidth / 2;
  const layers: [Shape, Rgb][] = [
    ...(look.longHair ? [[ellipse(centre, 172, 62, 86), look.hair] as [Shape, Rgb]] : []),
    [ellipse(centre, 370, 132, 130), look.uniform],
    [
      triangle([
        [centre - 28, 240],
        [centre + 28, 240],
        [centre, 286],
      ]),
      mix(look.uniform, white, 0.8),
    ],
    [either(both(ellipse(centre, 215, 20, 40), above(246)), ellipse(centre, 246, 18, 12)), mix(look.skin, black, 0.08)],
    [ellipse(centre, 142, 50, 62), look.skin],
    [both(ellipse(centre, 132, 55, 65), above(look.longHair ? 122 : 114)), look.hair],
  ];
  const top = mix(look.background, white, 0.45);
  const pixels = new Uint8Array(portraitWidth * portraitHeight * 3);
  for (let y = 0; y < portraitHeight; y++) {
    const backdrop = mix(top, look.background, y / portraitHeight);
    for (let x = 0; x < portraitWidth; x++) {
      let [red, green, blue] = backdrop;
      for (const [shape, paint] of layers) {
        const coverage = shape(x + 0.5, y + 0.5);
        if (coverage === 0) continue;
        red += (paint[0] - red) * coverage;
        green += (paint[1] - green) * coverage;
        blue += (paint[2] - blue) * coverage;
      }
      const offset = (y * portraitWidth + x) * 3;
      pixels[offset] = Math.round(red);
      pixels[offset + 1] = Math.round(green);
      pixels[offset + 2] = Math.round(blue);
    }
  }
  return encodePng(portraitWidth, portraitHeight, pixels);
}
