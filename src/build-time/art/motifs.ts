import type { Landscape } from '../../model/landscapes.ts';
import { lettering } from './letters.ts';
import type { MotifId } from '../../model/motifs.ts';
import type { ArtPalette } from './palette.ts';
import { archGate, banner, billboard, blimp, coffeeCup, hotAirBalloon, mailbox, nameBadge, neonSign, officeTower, sailboat, sandwichBoard, shippingContainer, signpost, storefront, tent, train, tShirt, van } from './signs.ts';
import { STORY_MOTIFS } from './story-motifs.ts';
import { r, type Rng } from './random.ts';
import { circle, ellipse, group, line, path, place, rect, sparklePath, starPath } from './svg.ts';

/**
 * The motifs of the illustration style. Each draws one object in flat colours with one dark
 * outline, standing on the origin (the ground) and reaching up to about y = -250. The seed varies
 * the details (angles, counts, which side), never the object, so a kind is always recognisable.
 */
export interface MotifContext {
  rng: Rng;
  palette: ArtPalette;
  /** The landscape behind the milestone's year. */
  scenery: Landscape;
  /** Words set on the picture (an adopter's name, a city, an age), when its subject has them. */
  label?: string;
  /** Told the cap height (in picture units) of the label wherever it is set: the legibility test listens. */
  onLabel?: (capHeight: number) => void;
}

/** A label set in a box, its cap height told to `onLabel`. */
function lettered(label: string, cx: number, cy: number, width: number, height: number, ink: string, onLabel?: (cap: number) => void): string {
  const { svg, cap } = lettering(label, cx, cy, width, height, { ink });
  onLabel?.(cap);
  return svg;
}

/** The shadow side of any filled shape: a translucent dark overlay keeps the palette small. */
const SHADE = { fill: '#000', 'fill-opacity': '0.22', stroke: 'none' } as const;

function shade(d: string): string {
  return `<path d="${d}" fill="${SHADE.fill}" fill-opacity="${SHADE['fill-opacity']}" stroke="none"/>`;
}

function rocket({ rng, palette: p }: MotifContext): string {
  const tilt = rng.pick([-1, 1]) * rng.range(14, 28);
  const lift = rng.range(124, 140);
  const body = 'M0,-112C42,-82 50,-20 42,52L-42,52C-50,-20 -42,-82 0,-112Z';
  const fins = rng.pick([p.accentHot, p.accent, p.light]);
  const trail: string[] = [];
  const puffs = rng.int(3, 5);
  // The flame points away from the tilt, so the smoke gathers on that side of the launch site.
  const drift = Math.sin((tilt * Math.PI) / 180) * -lift * 0.9;
  for (let i = 0; i < puffs; i++) {
    const x = drift + (i - (puffs - 1) / 2) * 40 + rng.range(-8, 8);
    trail.push(circle(x, -14 - rng.range(0, 16), 30 - Math.abs(i - (puffs - 1) / 2) * 6, p.light, { 'fill-opacity': 0.9 }));
  }
  const lines = [0, 1, 2].map((i) =>
    line(-28 + i * 28, 96 + (i % 2) * 20, -28 + i * 28, 130 + (i % 2) * 20 + rng.range(0, 24), { stroke: p.light, 'stroke-opacity': 0.5, 'stroke-width': 5 }),
  );
  const craft = group(
    [
      ...lines,
      path('M-20,60C-24,98 0,126 0,150C0,126 24,98 20,60Z', p.accent),
      path('M-10,62C-12,86 0,104 0,118C0,104 12,86 10,62Z', p.accentHot, { stroke: 'none' }),
      path('M-40,6L-78,58L-72,74L-40,52Z', fins),
      path('M40,6L78,58L72,74L40,52Z', fins),
      rect(-24, 50, 48, 16, p.primaryShade, { rx: 4 }),
      path(body, p.primary),
      shade('M0,-112C42,-82 50,-20 42,52L16,52C22,-10 20,-70 0,-112Z'),
      path('M-27,-82C-12,-92 12,-92 27,-82', 'none', { 'stroke-width': 5 }),
      circle(0, -30, 22, p.light),
      circle(0, -30, 11, p.halo, { stroke: 'none' }),
      circle(-5, -35, 4, p.light, { stroke: 'none' }),
      path('M0,-2L0,36', 'none', { 'stroke-width': 5, stroke: p.primaryShade }),
    ],
    { transform: place(0, -lift, tilt, 1.12) },
  );
  return group(trail) + craft;
}

function parcel({ rng, palette: p, label, onLabel }: MotifContext): string {
  const flip = rng.chance(0.5) ? -1 : 1;
  const tape = rng.pick([p.accent, p.accentHot]);
  const tagTurn = rng.range(12, 30);
  const box = [
    path('M-112,-150L0,-98L0,12L-112,-40Z', p.primary),
    path('M0,-98L112,-150L112,-40L0,12Z', p.primaryShade),
    path('M-112,-150L0,-202L112,-150L0,-98Z', p.light),
    path('M-68,-168L-44,-179L68,-127L44,-116Z', tape, { 'stroke-width': 4 }),
    path('M44,-116L68,-127L68,-17L44,-6Z', tape, { 'stroke-width': 4 }),
    path('M-86,-88L-26,-60', 'none', { 'stroke-width': 5, stroke: p.light, 'stroke-opacity': 0.7 }),
    path('M-86,-70L-48,-52', 'none', { 'stroke-width': 5, stroke: p.light, 'stroke-opacity': 0.7 }),
  ];
  const tag = group(
    [
      path('M0,0L58,0L76,22L58,44L0,44Z', p.accent),
      circle(60, 22, 6, p.sky),
      line(12, 15, 40, 15, { 'stroke-width': 5 }),
      line(12, 29, 32, 29, { 'stroke-width': 5 }),
    ],
    { transform: place(-178, -70, -tagTurn) },
  );
  const cord = path('M-112,-98C-140,-96 -150,-86 -112,-70', 'none', { 'stroke-width': 4 });
  // A version is set on a sticker, never mirrored with the box.
  const sticker = label ? circle(0, -250, 58, p.accentHot) + lettered(label, 0, -250, 86, 56, p.light, onLabel) : '';
  return group([...box, cord, tag], { transform: `scale(${flip} 1)` }) + sticker;
}

function flag({ rng, palette: p, label, onLabel }: MotifContext): string {
  // A flag that carries a name is never mirrored: the name must read.
  const flip = label ? 1 : rng.chance(0.5) ? -1 : 1;
  const wave = rng.range(16, 34);
  const emblem = rng.pick(['star', 'heart', 'ring'] as const);
  const ex = 92;
  const ey = -196;
  const mark =
    emblem === 'star'
      ? path(starPath(ex, ey, 26, 11), p.accent)
      : emblem === 'heart'
        ? path(`M${ex},${ey + 22}C${ex - 40},${ey - 4} ${ex - 22},${ey - 34} ${ex},${ey - 14}C${ex + 22},${ey - 34} ${ex + 40},${ey - 4} ${ex},${ey + 22}Z`, p.accentHot)
        : circle(ex, ey, 22, p.accent) + circle(ex, ey, 9, p.primary);
  const cloth =
    `M6,-246C56,${r(-246 - wave)} 110,${r(-222 + wave)} 176,-240` +
    `L176,-150C110,${r(-132 + wave)} 56,${r(-156 - wave)} 6,-156Z`;
  const ruffle = `M176,-240L176,-150C150,-146 140,-150 130,-160L140,-230C152,-232 164,-236 176,-240Z`;
  return group(
    [
      path('M-150,4C-110,-64 110,-64 150,4Z', p.groundBack),
      path('M-80,-36C-60,-46 -30,-50 0,-50', 'none', { stroke: p.light, 'stroke-opacity': 0.35, 'stroke-width': 5 }),
      rect(-6, -258, 12, 220, p.light, { rx: 4 }),
      circle(0, -262, 11, p.accent),
      path(cloth, p.primary),
      shade(ruffle),
      label ? rect(-4, -250, 204, 100, p.light, { rx: 8 }) + lettered(label, 98, -200, 192, 84, p.ink, onLabel) : mark,
    ],
    { transform: `scale(${flip} 1)` },
  );
}

function people({ rng, palette: p }: MotifContext): string {
  // Always three: the seed varies who wears what, never how many, so the picture stays one picture.
  const count = 3;
  const fills = [p.primary, p.accent, p.light, p.primaryShade, p.accentHot];
  const start = rng.int(0, fills.length - 1);
  const spread = count === 3 ? 96 : 78;
  const figures: string[] = [];
  const order = [...Array(count).keys()].sort((a, b) => Math.abs(b - (count - 1) / 2) - Math.abs(a - (count - 1) / 2));
  for (const i of order) {
    const x = (i - (count - 1) / 2) * spread;
    const centre = Math.abs(i - (count - 1) / 2) < 1;
    const s = centre ? 1.12 : 0.92 + rng.range(-0.04, 0.04);
    const body = fills[(start + i) % fills.length]!;
    const head = body === p.light ? p.accent : p.light;
    figures.push(
      group(
        [
          path('M-52,0C-54,-72 54,-72 52,0Z', body),
          shade('M52,0C54,-50 40,-64 18,-70C30,-50 30,-20 26,0Z'),
          circle(0, -96, 32, head),
          rng.chance(0.5)
            ? path('M-32,-100C-34,-136 34,-136 32,-100C20,-112 -20,-112 -32,-100Z', p.ink, { stroke: 'none' })
            : path('M-30,-110C-20,-134 20,-134 30,-110C10,-120 -14,-118 -30,-110Z', p.primaryShade),
        ],
        { transform: place(x, 0, 0, s) },
      ),
    );
  }
  const bubbleX = rng.pick([-1, 1]) * rng.range(60, 110);
  const bubble = group(
    [
      path('M-46,-26L46,-26C58,-26 64,-20 64,-8L64,8C64,20 58,26 46,26L-10,26L-26,44L-24,26L-46,26C-58,26 -64,20 -64,8L-64,-8C-64,-20 -58,-26 -46,-26Z', p.light),
      rng.chance(0.5)
        ? path('M0,14C-22,0 -14,-18 0,-8C14,-18 22,0 0,14Z', p.accentHot, { 'stroke-width': 4 })
        : [-22, 0, 22].map((dx) => circle(dx, 0, 7, p.ink, { stroke: 'none' })).join(''),
    ],
    { transform: place(bubbleX, -222) },
  );
  return figures.join('') + bubble;
}

/** The radar's rings from the outside in, as Thoughtworks names them. */
const RADAR_RINGS = ['HOLD', 'ASSESS', 'TRIAL', 'ADOPT'];

function radarBadge({ rng, palette: p, label, onLabel }: MotifContext): string {
  const cy = -150;
  const lit = label ? RADAR_RINGS.indexOf(label.toUpperCase()) : -1;
  const tones = [p.primaryShade, p.primary, p.light, p.accent];
  const rings = [124, 94, 62, 30].map((radius, index) => [radius, index === lit ? p.accentHot : lit >= 0 ? p.halo : tones[index]!] as const);
  const blipRing = rng.int(1, 2);
  const angle = rng.range(200, 340) * (Math.PI / 180);
  const radius = (rings[blipRing]![0] + rings[blipRing + 1]![0]) / 2;
  const bx = radius * Math.cos(angle);
  const by = cy + radius * Math.sin(angle);
  const tailTurn = rng.range(-8, 8);
  return [
    group(
      [
        path('M-46,-50L-80,50L-54,36L-38,62L-8,-30Z', p.accentHot),
        path('M46,-50L80,50L54,36L38,62L8,-30Z', p.accentHot),
      ],
      { transform: place(0, 0, tailTurn) },
    ),
    ...rings.map(([radiusOf, fill]) => circle(0, cy, radiusOf, fill)),
    line(-124, cy, 124, cy, { 'stroke-width': 3, 'stroke-opacity': 0.5 }),
    line(0, cy - 124, 0, cy + 124, { 'stroke-width': 3, 'stroke-opacity': 0.5 }),
    circle(bx, by, 22, 'none', { stroke: p.accentHot, 'stroke-width': 4 }),
    circle(bx, by, 11, p.accentHot),
    label ? rect(-150, -52, 300, 64, p.light, { rx: 10 }) + lettered(label, 0, -20, 270, 44, p.ink, onLabel) : '',
  ].join('');
}

function trophy({ rng, palette: p }: MotifContext): string {
  const handle = (side: 1 | -1) =>
    `M${side * 78},-206C${side * 134},-210 ${side * 134},-134 ${side * 54},-126`;
  const confetti: string[] = [];
  const colours = [p.primary, p.accentHot, p.light, p.accent];
  for (let i = 0; i < 9; i++) {
    const side = i % 2 === 0 ? -1 : 1;
    const x = side * rng.range(112, 170);
    const y = rng.range(-270, -60);
    confetti.push(rect(x - 6, y - 10, 12, 20, rng.pick(colours), { transform: `rotate(${r(rng.range(-60, 60))} ${r(x)} ${r(y)})`, 'stroke-width': 3 }));
  }
  const emblem = rng.chance(0.5) ? path(starPath(0, -172, 32, 14), p.light) : circle(0, -172, 26, p.light) + path(starPath(0, -172, 16, 7), p.accent, { 'stroke-width': 3 });
  return [
    ...confetti,
    path(handle(-1), 'none', { 'stroke-width': 24 }),
    path(handle(1), 'none', { 'stroke-width': 24 }),
    path(handle(-1), 'none', { stroke: p.accent, 'stroke-width': 12 }),
    path(handle(1), 'none', { stroke: p.accent, 'stroke-width': 12 }),
    rect(-14, -104, 28, 52, p.accent),
    path('M-84,-226L84,-226C84,-134 52,-100 0,-96C-52,-100 -84,-134 -84,-226Z', p.accent),
    shade('M84,-226C84,-134 52,-100 0,-96C30,-110 46,-160 46,-226Z'),
    emblem,
    rect(-58, -58, 116, 32, p.primaryShade, { rx: 4 }),
    rect(-76, -28, 152, 30, p.primary, { rx: 4 }),
  ].join('');
}

function cake({ rng, palette: p, label, onLabel }: MotifContext): string {
  const age = Number(label);
  const tiers = age > 0 ? 1 : rng.int(1, 2);
  // As many candles as years, up to five; the age itself is iced on the cake.
  const candles = age > 0 ? Math.min(5, age) : rng.int(1, tiers === 1 ? 5 : 3);
  const parts: string[] = [ellipse(0, -4, 156, 16, p.light)];
  const icing = (x: number, y: number, width: number) => {
    let d = `M${r(x)},${r(y)}L${r(x + width)},${r(y)}L${r(x + width)},${r(y + 20)}`;
    const drips = Math.round(width / 40);
    const step = width / drips;
    for (let i = drips - 1; i >= 0; i--) {
      const left = x + i * step;
      const depth = y + 20 + rng.range(6, 26);
      d += `C${r(left + step * 0.8)},${r(y + 20)} ${r(left + step * 0.8)},${r(depth)} ${r(left + step / 2)},${r(depth)}`;
      d += `C${r(left + step * 0.2)},${r(depth)} ${r(left + step * 0.2)},${r(y + 20)} ${r(left)},${r(y + 20)}`;
    }
    return path(d + 'Z', p.light);
  };
  parts.push(rect(-124, -104, 248, 100, p.primary, { rx: 10 }), shade('M60,-104L114,-104C120,-104 124,-100 124,-94L124,-14C124,-8 120,-4 114,-4L60,-4Z'), icing(-124, -104, 248));
  let top = -104;
  if (tiers === 2) {
    parts.push(rect(-82, -176, 164, 72, p.primaryShade, { rx: 10 }), icing(-82, -176, 164));
    top = -176;
  }
  const span = tiers === 2 ? 120 : 180;
  for (let i = 0; i < candles; i++) {
    const x = candles === 1 ? 0 : -span / 2 + (i * span) / (candles - 1);
    parts.push(
      rect(x - 7, top - 52, 14, 52, i % 2 === 0 ? p.accent : p.light, { rx: 3 }),
      path(`M${r(x)},${r(top - 92)}C${r(x + 16)},${r(top - 70)} ${r(x + 10)},${r(top - 58)} ${r(x)},${r(top - 58)}C${r(x - 10)},${r(top - 58)} ${r(x - 16)},${r(top - 70)} ${r(x)},${r(top - 92)}Z`, p.accent, { 'stroke-width': 4 }),
      circle(x, top - 68, 5, p.accentHot, { stroke: 'none' }),
    );
  }
  if (label) parts.push(lettered(label, 0, -46, 120, 50, p.ink, onLabel));
  return parts.join('');
}

function compass({ rng, palette: p }: MotifContext): string {
  const cy = -140;
  const heading = rng.range(-40, 40);
  const ticks: string[] = [];
  for (let i = 0; i < 16; i++) {
    const a = (i * Math.PI) / 8;
    const inner = i % 4 === 0 ? 76 : 88;
    ticks.push(line(Math.cos(a) * inner, cy + Math.sin(a) * inner, Math.cos(a) * 98, cy + Math.sin(a) * 98, { 'stroke-width': i % 4 === 0 ? 6 : 4 }));
  }
  const star = rng.pick([-1, 1]);
  return [
    path(starPath(star * 150, -236, 30, 8, 4), p.accent),
    path(starPath(0, cy, 146, 84, 8, 22.5), p.primaryShade),
    path(starPath(0, cy, 150, 60, 4), p.primary),
    circle(0, cy, 112, p.light),
    circle(0, cy, 100, p.halo),
    ...ticks,
    group(
      [
        path('M0,-86L22,0L-22,0Z', p.accentHot),
        path('M0,86L22,0L-22,0Z', p.light),
        circle(0, 0, 10, p.accent),
      ],
      { transform: place(0, cy, heading) },
    ),
    rect(-30, -30, 60, 30, p.primaryShade, { rx: 6 }),
  ].join('');
}

function spreadsheetFossil({ rng, palette: p }: MotifContext): string {
  const side = rng.pick([-1, 1]);
  const slabX = side * -48;
  const cols = 4;
  const rows = 5;
  const cw = 40;
  const rh = 30;
  const x0 = slabX - (cols * cw) / 2;
  const y0 = -226;
  const cells: string[] = [];
  for (let c = 0; c < cols; c++) cells.push(rect(x0 + c * cw, y0, cw, rh, p.primary, { 'stroke-width': 3 }));
  for (let row = 1; row < rows; row++) {
    for (let c = 0; c < cols; c++) {
      const filled = rng.chance(0.3);
      cells.push(rect(x0 + c * cw, y0 + row * rh, cw, rh, filled ? p.accent : p.light, { 'stroke-width': 3 }));
    }
  }
  const slab = path(
    `M${r(slabX - 118)},0L${r(slabX - 124)},-200C${r(slabX - 120)},-252 ${r(slabX + 110)},-262 ${r(slabX + 122)},-214L${r(slabX + 118)},0Z`,
    p.primaryShade,
  );
  const bone = (x: number, y: number, turn: number) =>
    group(
      [rect(-22, -5, 44, 10, p.light, { 'stroke-width': 4 }), circle(-24, -6, 7, p.light, { 'stroke-width': 4 }), circle(-24, 6, 7, p.light, { 'stroke-width': 4 }), circle(24, -6, 7, p.light, { 'stroke-width': 4 }), circle(24, 6, 7, p.light, { 'stroke-width': 4 })],
      { transform: place(x, y, turn) },
    );
  const dx = side * 116;
  const dino = group(
    [
      path('M-70,-40C-110,-36 -140,-20 -160,-6C-120,-10 -90,-14 -60,-18Z', p.primary),
      rect(-46, -44, 18, 44, p.primaryShade, { rx: 6 }),
      rect(18, -44, 18, 44, p.primaryShade, { rx: 6 }),
      path('M-74,-40C-74,-84 36,-92 46,-48C50,-30 20,-22 -20,-22C-56,-22 -74,-26 -74,-40Z', p.primary),
      path('M30,-70C40,-120 40,-170 64,-196C76,-208 100,-206 104,-192C106,-180 92,-176 80,-176C66,-170 60,-120 50,-60Z', p.primary),
      circle(84, -192, 4, p.ink, { stroke: 'none' }),
      rect(-26, -44, 18, 44, p.primary, { rx: 6 }),
      rect(34, -44, 18, 44, p.primary, { rx: 6 }),
    ],
    { transform: `translate(${r(dx)} 0) scale(${side === 1 ? 0.86 : -0.86} 0.86)` },
  );
  return [slab, ...cells, bone(slabX - 60, -36, rng.range(-20, 20)), bone(slabX + 54, -50, rng.range(-30, 30)), dino].join('');
}

function serviceCloud({ rng, palette: p }: MotifContext): string {
  const puffs: Array<[number, number, number]> = [
    [-78, -176, 46],
    [-18, -214, 60],
    [56, -196, 52],
    [104, -166, 36],
  ];
  const base = 'M-118,-166L132,-166C140,-166 144,-150 140,-140C136,-128 126,-124 116,-124L-112,-124C-124,-124 -132,-132 -132,-146C-132,-158 -126,-166 -118,-166Z';
  const outline = [...puffs.map(([x, y, size]) => circle(x, y, size, p.light, { 'stroke-width': 14 })), path(base, p.light, { 'stroke-width': 14 })];
  const fill = [...puffs.map(([x, y, size]) => circle(x, y, size, p.light, { stroke: 'none' })), path(base, p.light, { stroke: 'none' })];
  const cube = (x: number, y: number, size: number, top: string) =>
    group(
      [
        path(`M${-size},${-size * 0.5}L0,0L0,${size}L${-size},${size * 0.5}Z`, p.primary, { 'stroke-width': 4 }),
        path(`M0,0L${size},${-size * 0.5}L${size},${size * 0.5}L0,${size}Z`, p.primaryShade, { 'stroke-width': 4 }),
        path(`M${-size},${-size * 0.5}L0,${-size}L${size},${-size * 0.5}L0,0Z`, top, { 'stroke-width': 4 }),
      ],
      { transform: place(x, y) },
    );
  const count = rng.int(3, 4);
  const cubes: string[] = [];
  const links: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = (i - (count - 1) / 2) * 74 + rng.range(-8, 8);
    const y = -44 + rng.range(-12, 12);
    links.push(path(`M${r(x)},${r(y - 30)}C${r(x)},-90 ${r(x * 0.6)},-110 ${r(x * 0.6)},-126`, 'none', { 'stroke-width': 4, 'stroke-dasharray': '2 10' }));
    cubes.push(cube(x, y, 26, i % 2 === 0 ? p.light : p.accent));
  }
  return [...links, ...outline, ...fill, ...cubes].join('');
}

/** A road that narrows towards the horizon: a centre curve widened by a tapering width. */
function roadPath(side: number): string {
  const p0 = [-side * 150, 10];
  const p1 = [-side * 40, -70];
  const p2 = [side * 70, -120];
  const p3 = [-side * 20, -214];
  const left: string[] = [];
  const right: string[] = [];
  const steps = 14;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    const x = u * u * u * p0[0]! + 3 * u * u * t * p1[0]! + 3 * u * t * t * p2[0]! + t * t * t * p3[0]!;
    const y = u * u * u * p0[1]! + 3 * u * u * t * p1[1]! + 3 * u * t * t * p2[1]! + t * t * t * p3[1]!;
    const dx = 3 * u * u * (p1[0]! - p0[0]!) + 6 * u * t * (p2[0]! - p1[0]!) + 3 * t * t * (p3[0]! - p2[0]!);
    const dy = 3 * u * u * (p1[1]! - p0[1]!) + 6 * u * t * (p2[1]! - p1[1]!) + 3 * t * t * (p3[1]! - p2[1]!);
    const length = Math.hypot(dx, dy) || 1;
    const half = (1 - t) * 62 + 4;
    const nx = (-dy / length) * half;
    const ny = (dx / length) * half;
    left.push(`${r(x + nx)},${r(y + ny)}`);
    right.unshift(`${r(x - nx)},${r(y - ny)}`);
  }
  return `M${left.join('L')}L${right.join('L')}Z`;
}

function waymarker({ rng, palette: p }: MotifContext): string {
  const side = rng.pick([-1, 1]);
  const mx = side * 80;
  return [
    path(roadPath(side), p.groundBack),
    path(`M${r(-side * 150)},10C${r(-side * 40)},-70 ${r(side * 70)},-120 ${r(-side * 20)},-214`, 'none', { stroke: p.light, 'stroke-width': 4, 'stroke-dasharray': '14 16', 'stroke-opacity': 0.5 }),
    path(`M${r(mx - 52)},4L${r(mx - 52)},-150C${r(mx - 52)},-214 ${r(mx + 52)},-214 ${r(mx + 52)},-150L${r(mx + 52)},4Z`, p.light),
    shade(`M${r(mx + 20)},4L${r(mx + 20)},-184C${r(mx + 40)},-178 ${r(mx + 52)},-164 ${r(mx + 52)},-150L${r(mx + 52)},4Z`),
    rect(mx - 52, -124, 104, 30, p.primary),
    path(`M${r(mx - 16)},-172L${r(mx + 8)},-150L${r(mx - 16)},-128`, 'none', { stroke: p.accentHot, 'stroke-width': 10 }),
    path(starPath(-side * 30, -250 + rng.range(-10, 10), 18, 5, 4), p.accent, { 'stroke-width': 4 }),
  ].join('');
}

function barChart({ rng, palette: p }: MotifContext): string {
  const bars = 4;
  const parts: string[] = [rect(-160, -6, 320, 12, p.light, { rx: 4 })];
  let height = rng.range(50, 70);
  const points: Array<[number, number]> = [];
  for (let i = 0; i < bars; i++) {
    const x = -136 + i * 72;
    parts.push(rect(x, -height, 52, height, i === bars - 1 ? p.accent : i % 2 === 0 ? p.primary : p.primaryShade, { rx: 4 }));
    points.push([x + 26, -height - 34]);
    height += rng.range(30, 52);
  }
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${r(x)},${r(y)}`).join('');
  const [lx, ly] = points[points.length - 1]!;
  parts.push(
    path(d, 'none', { stroke: p.ink, 'stroke-width': 16 }),
    path(d, 'none', { stroke: p.accentHot, 'stroke-width': 7 }),
    path(`M${r(lx - 8)},${r(ly - 24)}L${r(lx + 22)},${r(ly - 18)}L${r(lx + 4)},${r(ly + 8)}Z`, p.accentHot, { 'stroke-width': 4 }),
  );
  return parts.join('');
}

function speechBubble({ rng, palette: p }: MotifContext): string {
  const tail = rng.pick([-1, 1]);
  const mark = (x: number) =>
    group([circle(0, 0, 22, p.primary), path('M-20,6C-22,40 -6,56 14,62C0,48 -4,34 -2,20Z', p.primary)], { transform: place(x, -196) });
  return [
    path(`M-140,-250L140,-250C160,-250 170,-240 170,-220L170,-110C170,-90 160,-80 140,-80L${r(tail * 30 + 30)},-80L${r(tail * 40)},-30L${r(tail * 40 - 30)},-80L-140,-80C-160,-80 -170,-90 -170,-110L-170,-220C-170,-240 -160,-250 -140,-250Z`, p.light),
    mark(-104),
    mark(-44),
    rect(6, -212, 124, 16, p.primary, { rx: 8, stroke: 'none' }),
    rect(6, -176, 100, 16, p.primaryShade, { rx: 8, stroke: 'none' }),
    rect(6, -140, 112, 16, p.primaryShade, { rx: 8, stroke: 'none' }),
  ].join('');
}

/** Every motif's drawing, keyed by the catalogue's ids (src/model/motifs.ts): the compiler checks none is missing. */
export const MOTIFS: Record<MotifId, (context: MotifContext) => string> = {
  ...STORY_MOTIFS,
  storefront,
  billboard,
  'name-badge': nameBadge,
  banner,
  'office-tower': officeTower,
  van,
  blimp,
  'neon-sign': neonSign,
  'shipping-container': shippingContainer,
  'hot-air-balloon': hotAirBalloon,
  'arch-gate': archGate,
  signpost,
  'sandwich-board': sandwichBoard,
  train,
  tent,
  mailbox,
  'coffee-cup': coffeeCup,
  't-shirt': tShirt,
  sailboat,
  rocket,
  parcel,
  flag,
  people,
  'radar-badge': radarBadge,
  trophy,
  cake,
  compass,
  'spreadsheet-fossil': spreadsheetFossil,
  'service-cloud': serviceCloud,
  waymarker,
  'bar-chart': barChart,
  'speech-bubble': speechBubble,
};

/** Small far-away shapes behind the motif, one kind per landscape so the art echoes the scenery. */
export function particle(scenery: Landscape, x: number, y: number, size: number, fill: string): string {
  switch (scenery) {
    case 'swamp':
      return circle(x, y, size * 0.45, fill);
    case 'offices':
      return rect(x - size * 0.4, y - size * 0.4, size * 0.8, size * 0.8, fill, { rx: 1 });
    case 'hills':
      return path(starPath(x, y, size * 0.7, size * 0.28, 5), fill);
    case 'orbits':
      return path(sparklePath(x, y, size * 0.8), fill);
  }
}
