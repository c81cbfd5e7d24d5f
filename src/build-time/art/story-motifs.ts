import { lettering } from './letters.ts';
import type { MotifContext } from './motifs.ts';
import { r } from './random.ts';
import { circle, ellipse, group, line, path, place, rect, sparklePath, starPath } from './svg.ts';

/**
 * The subjects' motifs, in the same language as the kinds' own: flat colours from the palette, one
 * dark outline (set by the caller), standing on the origin and reaching up to about y = -300,
 * within x = ±200. The seed only nudges details; the object is always the same.
 */

type Draw = (context: MotifContext) => string;

/** A drawing moved (and scaled) as a whole, to keep it inside the frame's safe area. */
const fitted =
  (draw: Draw, dy: number, scale = 1): Draw =>
  (context) =>
    group(draw(context), { transform: place(0, dy, 0, scale) });

const shade = (d: string) => `<path d="${d}" fill="#000" fill-opacity="0.22" stroke="none"/>`;
const word = (text: string, cx: number, cy: number, width: number, height: number, ink: string) =>
  lettering(text, cx, cy, width, height, { ink, maxCap: 70 }).svg;

/** The milestone's label in a box, reported to `onLabel` so its legibility is tested. */
function labelIn(context: MotifContext, fallback: string, cx: number, cy: number, width: number, height: number, ink: string): string {
  if (!context.label) return word(fallback, cx, cy, width, height, ink);
  const { svg, cap } = lettering(context.label, cx, cy, width, height, { ink, maxCap: 70 });
  context.onLabel?.(cap);
  return svg;
}

/** A sheet of cells: the spreadsheet of the opening joke. */
function sheet(x: number, y: number, cols: number, rows: number, cell: number, fill: string, head: string, lit: string, seedCells: boolean[]): string {
  const parts = [rect(x, y, cols * cell, rows * cell * 0.7, fill, { 'stroke-width': 4 })];
  parts.push(rect(x, y, cols * cell, cell * 0.7, head, { 'stroke-width': 4 }));
  for (let c = 1; c < cols; c++) parts.push(line(x + c * cell, y, x + c * cell, y + rows * cell * 0.7, { 'stroke-width': 3 }));
  for (let row = 1; row < rows; row++) parts.push(line(x, y + row * cell * 0.7, x + cols * cell, y + row * cell * 0.7, { 'stroke-width': 3 }));
  seedCells.forEach((on, i) => {
    const c = i % cols;
    const row = 1 + Math.floor(i / cols);
    if (on && row < rows) parts.push(rect(x + c * cell + 6, y + row * cell * 0.7 + 5, cell - 12, cell * 0.7 - 10, lit, { stroke: 'none' }));
  });
  return parts.join('');
}

const spreadsheetPile: Draw = ({ rng, palette: p }) => {
  const sheets: string[] = [];
  for (let i = 0; i < 6; i++) {
    const turn = (i % 2 === 0 ? -1 : 1) * rng.range(3, 9);
    const cells = Array.from({ length: 12 }, () => rng.chance(0.3));
    sheets.push(group(sheet(-90, -44, 4, 4, 45, p.light, p.primary, p.accent, cells), { transform: place(i % 2 === 0 ? -20 : 14, -i * 46, turn) }));
  }
  return sheets.join('') + path(sparklePath(150, -270, 22), p.accent, { 'stroke-width': 4 });
};

const stage: Draw = ({ palette: p }) =>
  [
    rect(-190, -300, 380, 26, p.primaryShade),
    rect(-170, -274, 340, 200, p.halo),
    ellipse(0, -84, 90, 16, p.light, { stroke: 'none', 'fill-opacity': 0.5 }),
    path('M-190,-274L-70,-274C-80,-200 -110,-130 -160,-60L-190,-60Z', p.accentHot),
    path('M190,-274L70,-274C80,-200 110,-130 160,-60L190,-60Z', p.accentHot),
    shade('M-190,-274L-150,-274C-150,-200 -160,-130 -176,-60L-190,-60Z'),
    shade('M190,-274L150,-274C150,-200 160,-130 176,-60L190,-60Z'),
    path('M-200,-64L200,-64L186,0L-186,0Z', p.primary),
    path(starPath(0, -180, 34, 14), p.accent),
  ].join('');

const database: Draw = ({ palette: p }) => {
  const disk = (y: number, fill: string) =>
    path(`M-130,${y}L-130,${y + 70}C-130,${y + 100} 130,${y + 100} 130,${y + 70}L130,${y}`, fill) + ellipse(0, y, 130, 30, fill);
  return [disk(-100, p.primaryShade), disk(-180, p.primary), disk(-260, p.light), circle(90, -42, 8, p.accent), circle(90, -122, 8, p.accent), circle(90, -202, 8, p.accentHot)].join('');
};

const sprout: Draw = ({ rng, palette: p }) => {
  const lean = rng.range(-10, 10);
  return [
    path('M-110,0L-90,-90L90,-90L110,0Z', p.accentHot),
    rect(-120, -110, 240, 26, p.accentHot, { rx: 6 }),
    path(`M0,-110C${r(lean)},-170 ${r(-lean)},-230 0,-290`, 'none', { 'stroke-width': 14 }),
    path(`M0,-110C${r(lean)},-170 ${r(-lean)},-230 0,-290`, 'none', { stroke: p.primary, 'stroke-width': 6 }),
    path('M0,-170C-40,-210 -120,-200 -140,-160C-100,-130 -30,-140 0,-170Z', p.primary),
    path('M0,-220C40,-270 120,-262 144,-220C100,-188 30,-196 0,-220Z', p.primary),
    path('M0,-280C-20,-310 -70,-314 -80,-290C-60,-268 -20,-266 0,-280Z', p.light),
  ].join('');
};

const crane: Draw = ({ rng, palette: p }) => {
  const drop = rng.range(150, 190);
  return [
    path('M-150,0L-150,-280L-120,-280L-120,0Z', p.accent),
    ...[0, 1, 2, 3, 4, 5].map((i) => line(-150, -i * 46, -120, -i * 46 - 46, { 'stroke-width': 4 })),
    path('M-200,-280L190,-280L190,-256L-200,-256Z', p.accent),
    rect(-200, -256, 46, 40, p.primaryShade),
    line(-135, -320, -200, -280, { 'stroke-width': 4 }),
    line(-135, -320, 190, -280, { 'stroke-width': 4 }),
    line(140, -256, 140, -256 + drop - 50, { 'stroke-width': 4 }),
    rect(90, -256 + drop - 50, 100, 60, p.primary, { rx: 4 }),
    word('Z', 140, -256 + drop - 20, 40, 40, p.ink),
    rect(-190, -20, 110, 20, p.primaryShade),
  ].join('');
};

const containerShip: Draw = ({ palette: p }) => {
  const boxes: string[] = [];
  const fills = [p.accent, p.accentHot, p.light, p.primaryShade];
  for (let row = 0; row < 3; row++) for (let col = 0; col < 5 - row; col++) boxes.push(rect(-130 + col * 56 + row * 28, -150 - row * 44, 52, 42, fills[(row + col) % 4]!, { 'stroke-width': 4 }));
  return [
    ...boxes,
    rect(110, -210, 50, 104, p.light),
    rect(120, -196, 30, 18, p.sky, { 'stroke-width': 3 }),
    path('M-190,-108L196,-108L150,0L-160,0Z', p.primary),
    shade('M-176,-60L176,-60L150,0L-160,0Z'),
    path('M-200,10C-160,-4 -120,24 -80,10C-40,-4 0,24 40,10C80,-4 120,24 160,10', 'none', { stroke: p.light, 'stroke-width': 5 }),
  ].join('');
};

const cloudUpload: Draw = ({ palette: p }) =>
  [
    circle(-70, -240, 50, p.light),
    circle(10, -270, 64, p.light),
    circle(90, -236, 46, p.light),
    rect(-120, -246, 256, 54, p.light, { rx: 26 }),
    path('M-60,-246C-40,-220 40,-220 60,-246', 'none', { stroke: p.light, 'stroke-width': 40 }),
    path('M0,-176L0,-120', 'none', { 'stroke-width': 10, stroke: p.accentHot }),
    path('M-26,-150L0,-180L26,-150', 'none', { 'stroke-width': 10, stroke: p.accentHot }),
    rect(-80, -110, 160, 110, p.primaryShade, { rx: 8 }),
    rect(-60, -90, 120, 16, p.primary, { 'stroke-width': 3 }),
    rect(-60, -60, 120, 16, p.primary, { 'stroke-width': 3 }),
    circle(44, -26, 8, p.accent),
  ].join('');

const sandbox: Draw = ({ palette: p }) =>
  [
    path('M-190,-70L190,-70L170,0L-170,0Z', p.accent),
    rect(-196, -84, 392, 24, p.accentHot, { rx: 6 }),
    path('M-150,-84C-110,-130 -40,-140 0,-110C40,-140 110,-120 150,-84Z', p.light),
    path('M60,-120L96,-120L110,-40L46,-40Z', p.primary),
    rect(52, -134, 52, 16, p.primaryShade, { rx: 4 }),
    path('M70,-134C70,-170 96,-170 96,-134', 'none', { 'stroke-width': 5 }),
    line(-110, -110, -40, -280, { 'stroke-width': 10 }),
    path('M-150,-120C-150,-90 -100,-80 -86,-104L-112,-140Z', p.primaryShade),
    path(starPath(-40, -280, 20, 8), p.accent),
  ].join('');

const incubator: Draw = ({ palette: p }) =>
  [
    rect(-170, -40, 340, 40, p.primaryShade, { rx: 8 }),
    path('M-130,-40C-130,-220 130,-220 130,-40Z', p.halo, { 'fill-opacity': 0.8 }),
    path('M-60,-40C-70,-100 -50,-170 0,-170C50,-170 70,-100 60,-40Z', p.light),
    path('M-62,-100L-40,-120L-20,-96L0,-124L20,-96L40,-120L62,-100', 'none', { 'stroke-width': 5 }),
    line(0, -300, 0, -240, { 'stroke-width': 6 }),
    path('M-50,-240L50,-240L30,-214L-30,-214Z', p.accent),
    ...[-60, -30, 0, 30, 60].map((a) => line(Math.sin((a * Math.PI) / 180) * 30, -206, Math.sin((a * Math.PI) / 180) * 70, -206 + Math.cos((a * Math.PI) / 180) * 36, { stroke: p.accent, 'stroke-width': 4 })),
  ].join('');

const podium: Draw = ({ palette: p }) =>
  [
    rect(-180, -110, 120, 110, p.primaryShade),
    rect(-60, -190, 120, 190, p.primary),
    rect(60, -80, 120, 80, p.primaryShade),
    word('1', 0, -130, 60, 70, p.ink),
    word('2', -120, -60, 40, 50, p.ink),
    word('3', 120, -44, 40, 44, p.ink),
    path(starPath(0, -250, 46, 20), p.accent),
  ].join('');

const medal: Draw = ({ palette: p }) =>
  [
    path('M-80,-310L-20,-170L20,-170L-40,-310Z', p.accentHot),
    path('M80,-310L20,-170L-20,-170L40,-310Z', p.primary),
    circle(0, -110, 96, p.accent),
    circle(0, -110, 70, p.light),
    path(starPath(0, -110, 50, 22), p.accent),
    shade('M0,-206C60,-206 96,-160 96,-110C96,-56 56,-14 0,-14C40,-40 56,-76 56,-110C56,-150 40,-186 0,-206Z'),
  ].join('');

const prizeRibbon: Draw = (context) => {
  const p = context.palette;
  const petals = Array.from({ length: 12 }, (_, i) => {
    const a = (i * Math.PI) / 6;
    return circle(Math.cos(a) * 96, -190 + Math.sin(a) * 96, 34, i % 2 === 0 ? p.accentHot : p.accent);
  });
  return [
    path('M-60,-120L-100,0L-70,-16L-50,10L-10,-110Z', p.primary),
    path('M60,-120L100,0L70,-16L50,10L10,-110Z', p.primary),
    ...petals,
    circle(0, -190, 100, p.accentHot, { stroke: 'none' }),
    circle(0, -190, 76, p.light),
    labelIn(context, '1st', 0, -190, 110, 70, p.ink),
  ].join('');
};

const newspaper: Draw = (context) => {
  const p = context.palette;
  return [
    path('M-180,-290L150,-290L150,-10L-180,-10Z', p.light),
    path('M150,-250L190,-250L190,-30C190,-16 180,-10 170,-10L150,-10Z', p.primaryShade),
    rect(-160, -272, 290, 22, p.primaryShade, { stroke: 'none' }),
    labelIn(context, 'News', -15, -200, 280, 80, p.ink),
    rect(-160, -140, 130, 110, p.accent, { 'stroke-width': 4 }),
    ...[0, 1, 2, 3, 4].map((i) => rect(-14, -140 + i * 24, 144, 10, p.primaryShade, { stroke: 'none', rx: 4 })),
  ].join('');
};

const balloons: Draw = (context) => {
  const { rng, palette: p } = context;
  const spots = [
    [-90, -220, p.accentHot],
    [0, -256, p.accent],
    [90, -210, p.primary],
  ] as const;
  return [
    ...spots.map(([x, y]) => path(`M${x},${y + 60}C${x + 10},${y + 120} ${r(rng.range(-20, 20))},-80 0,0`, 'none', { 'stroke-width': 3 })),
    ...spots.map(([x, y, fill]) => ellipse(x, y, 56, 66, fill) + path(`M${x - 8},${y + 66}L${x + 8},${y + 66}L${x},${y + 56}Z`, fill, { 'stroke-width': 3 })),
    labelIn(context, '', 0, -256, 60, 60, p.ink),
    circle(-108, -254, 10, p.light, { stroke: 'none', 'fill-opacity': 0.7 }),
  ].join('');
};

const gift: Draw = (context) => {
  const p = context.palette;
  return [
    rect(-140, -170, 280, 170, p.primary),
    shade('M60,-170L140,-170L140,0L60,0Z'),
    rect(-156, -214, 312, 50, p.primaryShade),
    rect(-24, -214, 48, 214, p.accentHot, { 'stroke-width': 4 }),
    path('M0,-214C-40,-300 -130,-270 -90,-220Z', p.accentHot),
    path('M0,-214C40,-300 130,-270 90,-220Z', p.accentHot),
    rect(-100, -120, 70, 70, p.light, { rx: 6 }),
    labelIn(context, '', -65, -85, 50, 50, p.ink),
  ].join('');
};

const partyPopper: Draw = (context) => {
  const { rng, palette: p } = context;
  const bits: string[] = [];
  const colours = [p.accent, p.accentHot, p.light, p.primary];
  for (let i = 0; i < 12; i++) {
    const a = (-150 + i * 7 + rng.range(-3, 3)) * (Math.PI / 180);
    const d = rng.range(140, 220);
    const x = -60 + Math.cos(a) * d * -1;
    const y = -60 + Math.sin(a) * d;
    bits.push(i % 3 === 0 ? path(starPath(x, y, 14, 6), colours[i % 4]!, { 'stroke-width': 3 }) : rect(x - 6, y - 10, 12, 20, colours[i % 4]!, { 'stroke-width': 3, transform: `rotate(${r(i * 40)} ${r(x)} ${r(y)})` }));
  }
  return [
    ...bits,
    path('M-150,-10L-40,-120L-100,-40Z', p.accent),
    path('M-170,10L-40,-120L-60,-60Z', p.accentHot),
    path('M-40,-120C20,-190 80,-200 120,-170', 'none', { stroke: p.primary, 'stroke-width': 8 }),
    circle(80, -250, 54, p.light),
    labelIn(context, '', 80, -250, 60, 60, p.ink),
  ].join('');
};

const conferenceStage: Draw = (context) => {
  const p = context.palette;
  return [
    rect(-190, -300, 380, 90, p.light, { rx: 8 }),
    labelIn(context, 'Con', 0, -255, 350, 66, p.ink),
    rect(-170, -200, 340, 120, p.halo),
    rect(-120, -190, 240, 90, p.primaryShade),
    path(starPath(0, -146, 30, 12), p.accent),
    path('M-190,-80L190,-80L176,0L-176,0Z', p.primary),
    rect(110, -150, 40, 70, p.accentHot),
    line(130, -150, 130, -190, { 'stroke-width': 5 }),
    circle(130, -196, 9, p.light),
  ].join('');
};

const skyline: Draw = (context) => {
  const p = context.palette;
  const towers = [
    [-190, 70, 150],
    [-118, 60, 220],
    [-56, 50, 170],
    [-4, 64, 260],
    [62, 54, 190],
    [118, 76, 140],
  ] as const;
  return [
    ...towers.map(([x, w, h], i) => rect(x, -h, w, h, i % 2 === 0 ? p.primaryShade : p.primary)),
    ...towers.flatMap(([x, w, h]) => [0, 1, 2].map((k) => rect(x + 12, -h + 20 + k * 36, w - 24, 12, p.accent, { stroke: 'none', 'fill-opacity': 0.7 }))),
    rect(-180, -110, 360, 90, p.light, { rx: 8 }),
    labelIn(context, 'City', 0, -65, 330, 66, p.ink),
  ].join('');
};

const lanyardBadge: Draw = (context) => {
  const p = context.palette;
  return [
    path('M-100,-320L-30,-200M100,-320L30,-200', 'none', { stroke: p.primary, 'stroke-width': 18 }),
    rect(-140, -210, 280, 210, p.light, { rx: 18 }),
    rect(-140, -210, 280, 64, p.accent, { rx: 18 }),
    rect(-140, -170, 280, 24, p.accent, { stroke: 'none' }),
    rect(-30, -226, 60, 30, p.primaryShade, { rx: 6 }),
    labelIn(context, 'Con', 0, -86, 240, 90, p.ink),
    rect(-80, -30, 160, 12, p.primaryShade, { rx: 6, stroke: 'none' }),
  ].join('');
};

const stickyNotes: Draw = ({ rng, palette: p }) => {
  const notes: string[] = [];
  const fills = [p.accent, p.light, p.accentHot, p.primary];
  for (let i = 0; i < 9; i++) {
    const x = -150 + (i % 3) * 104;
    const y = -290 + Math.floor(i / 3) * 84;
    notes.push(group([rect(0, 0, 76, 66, fills[(i + Math.floor(i / 3)) % 4]!, { 'stroke-width': 4 }), line(12, 22, 60, 22, { 'stroke-width': 4 }), line(12, 40, 46, 40, { 'stroke-width': 4 })], { transform: place(x, y, rng.range(-6, 6)) }));
  }
  return [rect(-180, -310, 360, 270, p.primaryShade, { rx: 8 }), ...notes, rect(-20, -40, 40, 40, p.primaryShade)].join('');
};

const webinarScreen: Draw = ({ palette: p }) =>
  [
    rect(-170, -290, 340, 220, p.ink, { rx: 14 }),
    rect(-154, -274, 308, 188, p.halo),
    circle(-40, -200, 36, p.light),
    path('M-110,-86C-110,-150 30,-150 30,-86Z', p.primary),
    rect(50, -250, 90, 14, p.accent, { stroke: 'none', rx: 7 }),
    rect(50, -220, 70, 14, p.light, { stroke: 'none', rx: 7 }),
    rect(50, -190, 84, 14, p.light, { stroke: 'none', rx: 7 }),
    circle(120, -120, 16, p.accentHot),
    path('M-200,-60L200,-60L176,0L-176,0Z', p.primaryShade),
  ].join('');

const roadmap: Draw = ({ palette: p }) =>
  [
    path('M-190,-250L-70,-290L70,-250L190,-290L190,-30L70,10L-70,-30L-190,10Z', p.light),
    shade('M-70,-290L70,-250L70,10L-70,-30Z'),
    path('M-150,-40C-120,-140 -20,-80 0,-160C20,-240 110,-170 140,-240', 'none', { stroke: p.accentHot, 'stroke-width': 8, 'stroke-dasharray': '16 12' }),
    circle(-150, -40, 14, p.primary),
    path('M140,-300C110,-300 100,-270 140,-220C180,-270 170,-300 140,-300Z', p.accentHot),
    circle(140, -274, 8, p.light),
  ].join('');

const certificate: Draw = (context) => {
  const p = context.palette;
  return [
    rect(-180, -280, 360, 240, p.light, { rx: 8 }),
    rect(-162, -262, 324, 204, 'none', { stroke: p.primary, 'stroke-width': 5 }),
    labelIn(context, 'Cert', 0, -200, 200, 70, p.ink),
    rect(-110, -130, 220, 10, p.primaryShade, { stroke: 'none', rx: 5 }),
    rect(-80, -104, 160, 10, p.primaryShade, { stroke: 'none', rx: 5 }),
    path('M100,-70L80,10L110,-6L130,20L140,-60Z', p.accentHot),
    circle(120, -70, 40, p.accent),
    path(starPath(120, -70, 24, 10), p.light, { 'stroke-width': 3 }),
  ].join('');
};

const chatbot: Draw = ({ palette: p }) =>
  [
    path('M-180,-300L180,-300C192,-300 200,-292 200,-280L200,-120C200,-108 192,-100 180,-100L-40,-100L-90,-40L-90,-100L-180,-100C-192,-100 -200,-108 -200,-120L-200,-280C-200,-292 -192,-300 -180,-300Z', p.light),
    rect(-100, -270, 200, 140, p.primary, { rx: 30 }),
    circle(-45, -210, 20, p.light),
    circle(45, -210, 20, p.light),
    circle(-45, -210, 8, p.ink, { stroke: 'none' }),
    circle(45, -210, 8, p.ink, { stroke: 'none' }),
    path('M-40,-160C-20,-144 20,-144 40,-160', 'none', { 'stroke-width': 6 }),
    path(sparklePath(150, -250, 26), p.accent, { 'stroke-width': 4 }),
  ].join('');

const globe: Draw = ({ palette: p }) =>
  [
    rect(-80, -20, 160, 20, p.primaryShade, { rx: 6 }),
    line(0, -60, 0, -20, { 'stroke-width': 10 }),
    circle(0, -180, 120, p.primary),
    path('M-60,-270C-20,-250 -60,-200 -20,-180C20,-160 -10,-120 30,-100C60,-90 90,-130 100,-160C60,-170 70,-220 40,-250C10,-270 -30,-280 -60,-270Z', p.light, { 'stroke-width': 4 }),
    ellipse(0, -180, 50, 120, 'none', { 'stroke-width': 3 }),
    line(-120, -180, 120, -180, { 'stroke-width': 3 }),
    path('M-150,-180C-150,-100 -80,-40 0,-40', 'none', { 'stroke-width': 8 }),
    path(sparklePath(140, -290, 24), p.accent, { 'stroke-width': 4 }),
    path(sparklePath(-150, -290, 16), p.accent, { 'stroke-width': 3 }),
  ].join('');

const robot: Draw = ({ palette: p }) =>
  [
    rect(-70, -150, 140, 130, p.primary, { rx: 16 }),
    rect(-80, -260, 160, 100, p.light, { rx: 20 }),
    circle(-35, -210, 16, p.accent),
    circle(35, -210, 16, p.accent),
    line(0, -260, 0, -300, { 'stroke-width': 6 }),
    circle(0, -306, 12, p.accentHot),
    rect(-60, -20, 40, 20, p.primaryShade),
    rect(20, -20, 40, 20, p.primaryShade),
    path('M70,-120L130,-160', 'none', { 'stroke-width': 14 }),
    group([rect(0, -60, 90, 110, p.light, { rx: 6 }), path('M20,-30L20,30M20,-30C60,-30 60,0 60,10M20,30', 'none', { stroke: p.accentHot, 'stroke-width': 6 }), circle(20, -30, 8, p.accentHot), circle(60, 14, 8, p.accentHot), circle(20, 30, 8, p.accentHot)], {
      transform: place(110, -200, 10),
    }),
  ].join('');

const plug: Draw = ({ palette: p }) =>
  [
    rect(40, -250, 150, 190, p.light, { rx: 20 }),
    rect(74, -190, 16, 50, p.ink, { stroke: 'none', rx: 4 }),
    rect(140, -190, 16, 50, p.ink, { stroke: 'none', rx: 4 }),
    path('M-200,-30C-140,-30 -150,-150 -80,-150', 'none', { 'stroke-width': 18 }),
    path('M-200,-30C-140,-30 -150,-150 -80,-150', 'none', { stroke: p.primary, 'stroke-width': 8 }),
    rect(-80, -210, 90, 120, p.primary, { rx: 16 }),
    rect(10, -190, 40, 14, p.light),
    rect(10, -140, 40, 14, p.light),
    path(sparklePath(20, -270, 22), p.accent, { 'stroke-width': 4 }),
  ].join('');

const aiChip: Draw = ({ palette: p }) => {
  const pins: string[] = [];
  for (let i = 0; i < 5; i++) {
    const o = -100 + i * 50;
    pins.push(line(o, -290, o, -260), line(o, -40, o, -10), line(-170, -150 + o * 0.5 - 0, -140, -150 + o * 0.5), line(140, -150 + o * 0.5, 170, -150 + o * 0.5));
  }
  return [
    group(pins, { 'stroke-width': 10 }),
    rect(-140, -260, 280, 220, p.primaryShade, { rx: 20 }),
    rect(-90, -210, 180, 120, p.primary, { rx: 12 }),
    path(sparklePath(0, -150, 50), p.accent, { 'stroke-width': 5 }),
    path(sparklePath(60, -195, 16), p.light, { 'stroke-width': 3 }),
  ].join('');
};

const beaver: Draw = ({ palette: p }) =>
  [
    ellipse(110, -40, 90, 34, p.primaryShade, { transform: 'rotate(-20 110 -40)' }),
    path('M-110,0C-130,-120 -80,-200 0,-200C80,-200 120,-120 100,0Z', p.accentHot),
    circle(0, -220, 74, p.accentHot),
    circle(-60, -280, 20, p.accentHot),
    circle(60, -280, 20, p.accentHot),
    ellipse(0, -196, 42, 32, p.light),
    circle(-28, -240, 9, p.ink, { stroke: 'none' }),
    circle(28, -240, 9, p.ink, { stroke: 'none' }),
    ellipse(0, -214, 14, 10, p.ink, { stroke: 'none' }),
    rect(-14, -188, 28, 22, p.light, { 'stroke-width': 4 }),
    path('M-80,-274C-80,-330 80,-330 80,-274Z', p.accent),
    rect(-96, -280, 192, 16, p.accent, { rx: 6 }),
    ellipse(-50, -80, 30, 40, p.light, { 'fill-opacity': 0.6, stroke: 'none' }),
  ].join('');

const gradCap: Draw = ({ palette: p }) =>
  [
    rect(-150, -70, 300, 70, p.primary, { rx: 6 }),
    rect(-130, -56, 260, 14, p.light, { stroke: 'none' }),
    rect(-130, -30, 260, 14, p.light, { stroke: 'none' }),
    path('M-90,-170L-90,-110C-60,-80 60,-80 90,-110L90,-170Z', p.primaryShade),
    path('M0,-260L190,-190L0,-120L-190,-190Z', p.ink),
    path('M150,-200L150,-110', 'none', { stroke: p.accent, 'stroke-width': 6 }),
    circle(150, -104, 12, p.accent),
  ].join('');

const mentorPair: Draw = ({ palette: p }) => {
  const person = (x: number, s: number, body: string) =>
    group([path('M-52,0C-54,-72 54,-72 52,0Z', body), circle(0, -96, 32, p.light)], { transform: place(x, 0, 0, s) });
  return [
    person(-110, 1.2, p.primary),
    person(110, 0.9, p.accent),
    rect(-60, -120, 120, 80, p.ink, { rx: 8 }),
    rect(-50, -112, 100, 62, p.halo),
    path('M-30,-90L-10,-80L-30,-70M0,-70L24,-70', 'none', { stroke: p.accent, 'stroke-width': 5 }),
    rect(-90, -40, 180, 16, p.light, { rx: 6 }),
    path('M-150,-230L-90,-230C-80,-230 -76,-226 -76,-216L-76,-190C-76,-180 -80,-176 -90,-176L-120,-176L-136,-160L-136,-176L-150,-176C-160,-176 -164,-180 -164,-190L-164,-216C-164,-226 -160,-230 -150,-230Z', p.light),
    path('M-120,-212L-120,-194M-120,-186L-120,-184', 'none', { stroke: p.accentHot, 'stroke-width': 5 }),
  ].join('');
};

const hackLaptop: Draw = ({ palette: p }) =>
  [
    path('M-150,-260L150,-260L150,-60L-150,-60Z', p.primaryShade),
    rect(-130, -240, 260, 160, p.halo),
    path('M20,-230L-40,-150L0,-150L-20,-90L50,-180L10,-180Z', p.accent),
    path('M-190,-60L190,-60L160,0L-160,0Z', p.light),
    rect(-40, -40, 80, 14, p.primaryShade, { stroke: 'none', rx: 6 }),
    circle(140, -290, 30, p.light),
    line(140, -290, 140, -306, { 'stroke-width': 5 }),
    line(140, -290, 154, -284, { 'stroke-width': 5 }),
  ].join('');

const lightbulb: Draw = ({ palette: p }) =>
  [
    ...[-60, -30, 0, 30, 60].map((a) => {
      const rad = ((a - 90) * Math.PI) / 180;
      return line(Math.cos(rad) * 118, -200 + Math.sin(rad) * 118, Math.cos(rad) * 140, -200 + Math.sin(rad) * 140, { stroke: p.accent, 'stroke-width': 8 });
    }),
    path('M-50,-90C-50,-130 -100,-150 -100,-210C-100,-270 -50,-300 0,-300C50,-300 100,-270 100,-210C100,-150 50,-130 50,-90Z', p.accent),
    path('M-20,-100L-20,-180L0,-160L20,-180L20,-100', 'none', { stroke: p.accentHot, 'stroke-width': 5 }),
    rect(-54, -90, 108, 30, p.light, { rx: 6 }),
    rect(-46, -60, 92, 26, p.primaryShade, { rx: 6 }),
    rect(-26, -34, 52, 20, p.primaryShade, { rx: 8 }),
  ].join('');

const clipboard: Draw = ({ palette: p }) =>
  [
    rect(-140, -290, 280, 290, p.primaryShade, { rx: 16 }),
    rect(-116, -256, 232, 240, p.light, { rx: 6 }),
    rect(-50, -306, 100, 40, p.accent, { rx: 10 }),
    ...[0, 1, 2].map((i) =>
      [
        rect(-90, -220 + i * 66, 40, 40, p.light, { 'stroke-width': 4 }),
        i < 2 ? path(`M-84,${-202 + i * 66}L-72,${-188 + i * 66}L-52,${-222 + i * 66}`, 'none', { stroke: p.accentHot, 'stroke-width': 7 }) : '',
        rect(-30, -206 + i * 66, 110, 12, p.primaryShade, { stroke: 'none', rx: 6 }),
      ].join(''),
    ),
  ].join('');

const abTest: Draw = ({ palette: p }) =>
  [
    group([rect(-90, -120, 180, 240, p.light, { rx: 14 }), word('A', 0, -40, 90, 90, p.ink), rect(-60, 40, 120, 30, p.primary, { rx: 8 })], { transform: place(-96, -150, -6) }),
    group([rect(-90, -120, 180, 240, p.accent, { rx: 14 }), word('B', 0, -40, 90, 90, p.ink), rect(-60, 40, 120, 30, p.accentHot, { rx: 8 })], { transform: place(96, -150, 6) }),
    path('M-20,-290L20,-290', 'none', { 'stroke-width': 6 }),
  ].join('');

const toggles: Draw = ({ palette: p }) => {
  const toggle = (y: number, on: boolean) =>
    rect(-150, y, 300, 70, on ? p.primary : p.halo, { rx: 35 }) + circle(on ? 115 : -115, y + 35, 28, p.light) + rect(-20, y + 26, on ? 60 : 40, 18, on ? p.primaryShade : p.primaryShade, { stroke: 'none', rx: 9 });
  return [toggle(-300, true), toggle(-200, false), toggle(-100, true), path(starPath(176, -320, 18, 7), p.accent, { 'stroke-width': 4 })].join('');
};

const flask: Draw = ({ rng, palette: p }) => {
  const bubbles = [0, 1, 2].map((i) => circle(rng.range(-20, 20) + (i - 1) * 26, -250 - i * 30, 12 - i * 2, p.light));
  return [
    path('M-40,-230L-40,-150L-140,-20C-150,-6 -140,0 -126,0L126,0C140,0 150,-6 140,-20L40,-150L40,-230Z', p.light),
    path('M-100,-70L100,-70L140,-20C150,-6 140,0 126,0L-126,0C-140,0 -150,-6 -140,-20Z', p.primary, { stroke: 'none' }),
    rect(-56, -246, 112, 20, p.primaryShade, { rx: 6 }),
    circle(-40, -40, 12, p.light, { stroke: 'none' }),
    circle(30, -28, 8, p.light, { stroke: 'none' }),
    ...bubbles,
  ].join('');
};

const microphone: Draw = ({ palette: p }) =>
  [
    rect(-70, -20, 140, 20, p.primaryShade, { rx: 8 }),
    line(0, -110, 0, -20, { 'stroke-width': 12 }),
    path('M-60,-190C-60,-110 60,-110 60,-190', 'none', { 'stroke-width': 10 }),
    rect(-40, -300, 80, 170, p.light, { rx: 40 }),
    ...[0, 1, 2].map((i) => line(-40, -260 + i * 30, 40, -260 + i * 30, { 'stroke-width': 4 })),
    word('?', -140, -220, 60, 80, p.accent),
    word('?', 140, -250, 50, 70, p.accentHot),
    word('!', 150, -130, 30, 60, p.accent),
  ].join('');

const helm: Draw = ({ rng, palette: p }) => {
  const turn = rng.range(0, 20);
  const spokes = Array.from({ length: 8 }, (_, i) => {
    const a = ((i * 45 + turn) * Math.PI) / 180;
    return (
      line(Math.cos(a) * 40, Math.sin(a) * 40, Math.cos(a) * 150, Math.sin(a) * 150, { 'stroke-width': 14 }) +
      line(Math.cos(a) * 40, Math.sin(a) * 40, Math.cos(a) * 150, Math.sin(a) * 150, { stroke: p.accent, 'stroke-width': 6 }) +
      circle(Math.cos(a) * 154, Math.sin(a) * 154, 14, p.accent)
    );
  });
  return group([...spokes, circle(0, 0, 116, 'none', { 'stroke-width': 30 }), circle(0, 0, 116, 'none', { stroke: p.primary, 'stroke-width': 18 }), circle(0, 0, 40, p.light), circle(0, 0, 14, p.primaryShade)], {
    transform: place(0, -170),
  });
};

const shield: Draw = ({ palette: p }) =>
  [
    path('M0,-310C60,-280 110,-270 160,-270C160,-130 110,-50 0,0C-110,-50 -160,-130 -160,-270C-110,-270 -60,-280 0,-310Z', p.primary),
    path('M-150,-210L150,-210L146,-170L-146,-170Z', p.light, { stroke: 'none' }),
    path('M-130,-130L130,-130C120,-110 112,-96 100,-84L-100,-84C-112,-96 -120,-110 -130,-130Z', p.accent, { stroke: 'none' }),
    shade('M0,-310C60,-280 110,-270 160,-270C160,-130 110,-50 0,0Z'),
    path('M0,-310C60,-280 110,-270 160,-270C160,-130 110,-50 0,0C-110,-50 -160,-130 -160,-270C-110,-270 -60,-280 0,-310Z', 'none'),
  ].join('');

const padlock: Draw = ({ palette: p }) =>
  [
    path('M-70,-170L-70,-230C-70,-320 70,-320 70,-230L70,-170', 'none', { 'stroke-width': 40 }),
    path('M-70,-170L-70,-230C-70,-320 70,-320 70,-230L70,-170', 'none', { stroke: p.light, 'stroke-width': 26 }),
    rect(-130, -180, 260, 180, p.accent, { rx: 20 }),
    circle(0, -110, 24, p.ink, { stroke: 'none' }),
    rect(-9, -110, 18, 50, p.ink, { stroke: 'none' }),
    shade('M60,-180L110,-180C122,-180 130,-172 130,-160L130,-20C130,-8 122,0 110,0L60,0Z'),
    group([circle(0, 0, 26, p.primary), rect(20, -8, 90, 16, p.primary), rect(80, 8, 14, 22, p.primary), rect(100, 8, 10, 16, p.primary)], { transform: place(104, -262, 40, 0.8) }),
  ].join('');

const fleet: Draw = ({ palette: p }) => {
  const boat = (x: number, y: number, s: number, sail: string) =>
    group([path('M-70,0L70,0L50,30L-50,30Z', p.primaryShade), line(0, 0, 0, -110, { 'stroke-width': 6 }), path('M6,-104L6,-10L70,-10Z', sail), path('M-6,-90L-6,-10L-56,-10Z', p.light)], { transform: place(x, y, 0, s) });
  return [
    boat(-130, -90, 0.8, p.accent),
    boat(0, -150, 0.7, p.accentHot),
    boat(120, -60, 1, p.primary),
    path('M-200,0C-160,-14 -120,14 -80,0C-40,-14 0,14 40,0C80,-14 120,14 160,0', 'none', { stroke: p.light, 'stroke-width': 5 }),
  ].join('');
};

const tuningFork: Draw = ({ palette: p }) =>
  [
    path('M-50,-310L-50,-150C-50,-100 50,-100 50,-150L50,-310', 'none', { 'stroke-width': 30 }),
    path('M-50,-310L-50,-150C-50,-100 50,-100 50,-150L50,-310', 'none', { stroke: p.light, 'stroke-width': 18 }),
    rect(-14, -120, 28, 100, p.light),
    ellipse(0, -10, 60, 16, p.primaryShade),
    ...[0, 1, 2].map((i) => path(`M${-90 - i * 32},-270C${-110 - i * 32},-230 ${-110 - i * 32},-190 ${-90 - i * 32},-150`, 'none', { stroke: p.accent, 'stroke-width': 7 })),
    ...[0, 1, 2].map((i) => path(`M${90 + i * 32},-270C${110 + i * 32},-230 ${110 + i * 32},-190 ${90 + i * 32},-150`, 'none', { stroke: p.accent, 'stroke-width': 7 })),
  ].join('');

const piggyBank: Draw = ({ palette: p }) =>
  [
    rect(-100, -60, 40, 60, p.accentHot, { rx: 8 }),
    rect(60, -60, 40, 60, p.accentHot, { rx: 8 }),
    ellipse(0, -130, 160, 100, p.accentHot),
    path('M-70,-220L-40,-270L-20,-224Z', p.accentHot),
    ellipse(160, -130, 30, 36, p.accentHot),
    circle(150, -136, 6, p.ink, { stroke: 'none' }),
    circle(170, -136, 6, p.ink, { stroke: 'none' }),
    circle(90, -170, 10, p.ink, { stroke: 'none' }),
    rect(-40, -232, 80, 12, p.ink, { stroke: 'none', rx: 6 }),
    circle(0, -286, 36, p.accent),
    word('$', 0, -286, 30, 40, p.ink),
    path('M-160,-150C-200,-160 -200,-110 -170,-120', 'none', { 'stroke-width': 6 }),
  ].join('');

const coinStack: Draw = ({ palette: p }) => {
  const stack = (x: number, count: number) =>
    Array.from({ length: count }, (_, i) => ellipse(x, -20 - i * 30, 56, 20, i === count - 1 ? p.accent : p.primaryShade) + (i === count - 1 ? '' : '')).join('') +
    ellipse(x, -20 - (count - 1) * 30, 30, 9, 'none', { stroke: p.ink, 'stroke-width': 3 });
  return [stack(-120, 4), stack(0, 7), stack(120, 9), path('M-170,-280L-40,-300L-60,-270', 'none', { stroke: p.accentHot, 'stroke-width': 8 })].join('');
};

const footprintLeaf: Draw = ({ palette: p }) =>
  [
    path('M-20,-40C-90,-40 -110,-120 -90,-190C-70,-250 30,-260 40,-190C50,-130 30,-110 40,-80C50,-50 30,-40 -20,-40Z', p.primary),
    path('M-30,-60C-40,-120 -40,-180 -10,-230', 'none', { stroke: p.light, 'stroke-width': 5 }),
    path('M-30,-130L-70,-170M-26,-100L10,-140M-20,-170L20,-200', 'none', { stroke: p.light, 'stroke-width': 4 }),
    ...[
      [70, -230, 24],
      [110, -200, 20],
      [130, -160, 17],
      [140, -120, 14],
      [140, -86, 12],
    ].map(([x, y, s]) => ellipse(x!, y!, s!, s! * 1.3, p.light)),
    path('M-120,0C-80,-20 60,-20 100,0', 'none', { stroke: p.primaryShade, 'stroke-width': 8 }),
  ].join('');

const swatches: Draw = ({ palette: p }) => {
  const colours = [p.accentHot, p.accent, p.light, p.primary, p.primaryShade];
  return [
    ...colours.map((fill, i) =>
      group([rect(-30, -280, 60, 260, fill, { rx: 12 }), circle(0, -50, 10, p.ink, { stroke: 'none' })], { transform: `rotate(${-50 + i * 25} 0 -50)` }),
    ),
    circle(0, -50, 18, p.light),
  ].join('');
};

const marketStall: Draw = ({ palette: p }) => {
  const scallops = Array.from({ length: 6 }, (_, i) => path(`M${-180 + i * 60},-200C${-180 + i * 60},-170 ${-120 + i * 60},-170 ${-120 + i * 60},-200Z`, i % 2 ? p.light : p.accentHot, { 'stroke-width': 4 }));
  return [
    rect(-170, -200, 16, 200, p.primaryShade),
    rect(154, -200, 16, 200, p.primaryShade),
    path('M-190,-200L-150,-290L150,-290L190,-200Z', p.accentHot),
    path('M-90,-200L-60,-290L60,-290L90,-200Z', p.light, { stroke: 'none' }),
    ...scallops,
    rect(-160, -90, 320, 90, p.primary),
    ...[-100, -20, 60].map((x, i) => path(`M${x},-130L${x + 40},-130L${x + 40},-90L${x},-90ZM${x + 20},-130C${x + 10},-150 ${x + 30},-150 ${x + 20},-130`, i % 2 ? p.accent : p.light, { 'stroke-width': 4 })),
  ].join('');
};

const stencil: Draw = ({ palette: p }) =>
  [
    rect(-180, -280, 300, 250, p.light, { rx: 10 }),
    rect(-150, -240, 90, 90, p.halo),
    circle(15, -195, 46, p.halo),
    path(starPath(-105, -90, 48, 22), p.halo),
    path('M-20,-120L80,-120L30,-50Z', p.halo),
    group([rect(-16, -200, 32, 200, p.accent), path('M-16,0L0,40L16,0Z', p.light), rect(-16, -220, 32, 20, p.accentHot)], { transform: place(112, -50, 24) }),
  ].join('');

const scaffold: Draw = ({ palette: p }) => {
  const bars: string[] = [];
  for (const x of [-170, -60, 50, 160]) bars.push(line(x, 0, x, -300, { 'stroke-width': 8 }));
  for (const y of [-90, -190, -290]) bars.push(rect(-180, y, 350, 14, p.accent, { 'stroke-width': 4 }));
  bars.push(line(-170, 0, -60, -90, { 'stroke-width': 5 }), line(-60, -90, 50, -190, { 'stroke-width': 5 }), line(50, -190, 160, -290, { 'stroke-width': 5 }));
  return [rect(-130, -250, 250, 250, p.primaryShade), rect(-100, -220, 60, 50, p.sky, { 'stroke-width': 4 }), rect(20, -220, 60, 50, p.sky, { 'stroke-width': 4 }), ...bars, rect(-40, -60, 70, 60, p.primary)].join('');
};

const cardCatalog: Draw = ({ palette: p }) => {
  const drawers: string[] = [];
  for (let row = 0; row < 3; row++) for (let col = 0; col < 3; col++) drawers.push(rect(-150 + col * 104, -250 + row * 76, 92, 62, p.primary, { 'stroke-width': 4 }), rect(-118 + col * 104, -224 + row * 76, 28, 12, p.light, { rx: 4, 'stroke-width': 3 }));
  return [
    rect(-166, -266, 332, 246, p.primaryShade, { rx: 8 }),
    ...drawers,
    rect(-150, -20, 24, 20, p.primaryShade),
    rect(126, -20, 24, 20, p.primaryShade),
    group([rect(-40, -60, 80, 100, p.light, { rx: 4 }), line(-24, -30, 24, -30, { 'stroke-width': 4 }), line(-24, -6, 14, -6, { 'stroke-width': 4 })], { transform: place(70, -262, 12) }),
  ].join('');
};

const shelves: Draw = ({ palette: p }) => {
  const boxes: string[] = [];
  const fills = [p.accent, p.light, p.accentHot, p.primary];
  for (let row = 0; row < 3; row++) for (let col = 0; col < 4; col++) boxes.push(rect(-160 + col * 82, -286 + row * 96, 66, 70, fills[(row * 2 + col) % 4]!, { 'stroke-width': 4 }), rect(-146 + col * 82, -262 + row * 96, 38, 12, p.ink, { stroke: 'none', rx: 3 }));
  return [rect(-180, -300, 20, 300, p.primaryShade), rect(160, -300, 20, 300, p.primaryShade), ...[0, 1, 2].map((row) => rect(-180, -216 + row * 96, 360, 14, p.primaryShade)), ...boxes].join('');
};

const openBook: Draw = ({ palette: p }) =>
  [
    path('M0,-230C-60,-270 -140,-270 -190,-250L-190,-40C-140,-60 -60,-60 0,-20Z', p.light),
    path('M0,-230C60,-270 140,-270 190,-250L190,-40C140,-60 60,-60 0,-20Z', p.light),
    shade('M0,-230C40,-256 90,-264 130,-262L130,-52C90,-54 40,-44 0,-20Z'),
    ...[0, 1, 2, 3].map((i) => path(`M-160,${-210 + i * 40}C-110,${-226 + i * 40} -60,${-222 + i * 40} -30,${-204 + i * 40}`, 'none', { stroke: p.primaryShade, 'stroke-width': 6 })),
    ...[0, 1, 2, 3].map((i) => path(`M30,${-204 + i * 40}C60,${-222 + i * 40} 110,${-226 + i * 40} 160,${-210 + i * 40}`, 'none', { stroke: p.primaryShade, 'stroke-width': 6 })),
    path('M-190,-40L-190,0C-140,-20 -60,-20 0,20C60,-20 140,-20 190,0L190,-40', p.primary),
  ].join('');

const bookStack: Draw = ({ rng, palette: p }) => {
  const fills = [p.primary, p.accent, p.accentHot, p.light, p.primaryShade];
  const books = fills.map((fill, i) => group([rect(-150 + i * 6, -50, 300 - i * 20, 50, fill, { rx: 6 }), rect(-130 + i * 6, -36, 260 - i * 20, 10, p.light, { stroke: 'none', 'fill-opacity': 0.5 })], { transform: place(rng.range(-14, 14), -i * 52, rng.range(-3, 3)) }));
  return books.join('') + path('M-40,-262L40,-262L40,-330L0,-310L-40,-330Z', p.accentHot);
};

const magnifier: Draw = ({ palette: p }) =>
  [
    path('M40,-100L150,0', 'none', { 'stroke-width': 44 }),
    path('M40,-100L150,0', 'none', { stroke: p.accent, 'stroke-width': 28 }),
    circle(-40, -180, 120, p.primaryShade),
    circle(-40, -180, 92, p.halo),
    path('M-100,-220C-90,-250 -60,-264 -30,-262', 'none', { stroke: p.light, 'stroke-width': 10 }),
    circle(-40, -180, 26, p.accent, { stroke: 'none', 'fill-opacity': 0.8 }),
  ].join('');

const binoculars: Draw = ({ palette: p }) =>
  [
    rect(-150, -250, 90, 60, p.primaryShade, { rx: 14 }),
    rect(60, -250, 90, 60, p.primaryShade, { rx: 14 }),
    rect(-60, -240, 120, 40, p.primary, { rx: 10 }),
    circle(-110, -110, 86, p.primary),
    circle(110, -110, 86, p.primary),
    circle(-110, -110, 58, p.halo),
    circle(110, -110, 58, p.halo),
    path('M-140,-140C-130,-154 -116,-160 -100,-160M80,-140C90,-154 104,-160 120,-160', 'none', { stroke: p.light, 'stroke-width': 8 }),
  ].join('');

const lighthouse: Draw = ({ palette: p }) =>
  [
    path('M-30,-240L-190,-300L-190,-200Z', p.accent, { stroke: 'none', 'fill-opacity': 0.5 }),
    path('M30,-240L190,-300L190,-200Z', p.accent, { stroke: 'none', 'fill-opacity': 0.5 }),
    path('M-60,0L-36,-220L36,-220L60,0Z', p.light),
    path('M-54,-60L54,-60L50,-100L-50,-100ZM-44,-150L44,-150L41,-180L-41,-180Z', p.accentHot, { 'stroke-width': 4 }),
    rect(-40, -270, 80, 50, p.accent),
    path('M-50,-270L0,-310L50,-270Z', p.primaryShade),
    rect(-80, -14, 160, 14, p.primaryShade),
  ].join('');

const neuralNet: Draw = ({ palette: p }) => {
  const columns = [
    [-150, [-240, -160, -80]],
    [-50, [-280, -200, -120, -40]],
    [50, [-260, -170, -80]],
    [150, [-200, -120]],
  ] as const;
  const links: string[] = [];
  for (let c = 0; c < columns.length - 1; c++) for (const y of columns[c]![1]) for (const y2 of columns[c + 1]![1]) links.push(line(columns[c]![0], y, columns[c + 1]![0], y2, { 'stroke-width': 3 }));
  const nodes = columns.flatMap(([x, ys], c) => ys.map((y, i) => circle(x, y, 24, (c + i) % 3 === 0 ? p.accent : c === 3 ? p.accentHot : p.light)));
  return [...links, ...nodes].join('');
};

const guitar: Draw = ({ palette: p }) =>
  group(
    [
      rect(-14, -330, 28, 200, p.primaryShade),
      rect(-24, -360, 48, 40, p.primaryShade, { rx: 6 }),
      ...[0, 1, 2].map((i) => circle(-30, -350 + i * 14, 5, p.light) + circle(30, -350 + i * 14, 5, p.light)),
      path('M0,-160C50,-170 80,-140 70,-110C60,-80 110,-60 100,-10C90,30 40,40 0,40C-40,40 -90,30 -100,-10C-110,-60 -60,-80 -70,-110C-80,-140 -50,-170 0,-160Z', p.accentHot),
      rect(-30, -80, 60, 20, p.light, { rx: 4 }),
      rect(-36, -20, 72, 14, p.ink, { stroke: 'none', rx: 4 }),
      line(-6, -320, -6, -10, { 'stroke-width': 2, stroke: p.light }),
      line(6, -320, 6, -10, { 'stroke-width': 2, stroke: p.light }),
    ],
    { transform: place(0, -40, 20) },
  );

const pipes: Draw = ({ palette: p }) =>
  [
    path('M-190,-240L-40,-240C0,-240 0,-200 0,-160L0,-60C0,-20 40,-20 80,-20L190,-20', 'none', { 'stroke-width': 56 }),
    path('M-190,-240L-40,-240C0,-240 0,-200 0,-160L0,-60C0,-20 40,-20 80,-20L190,-20', 'none', { stroke: p.primary, 'stroke-width': 42 }),
    path('M-190,-120L-60,-120', 'none', { 'stroke-width': 46 }),
    path('M-190,-120L-60,-120', 'none', { stroke: p.primaryShade, 'stroke-width': 32 }),
    rect(-20, -170, 40, 30, p.accent, { 'stroke-width': 4 }),
    ...[-150, -90].map((x) => rect(x, -254, 26, 28, p.accent, { 'stroke-width': 4 })),
    ...[110, 160].map((x) => rect(x - 13, -34, 26, 28, p.light, { 'stroke-width': 4 })),
    path(sparklePath(150, -200, 26), p.accent, { 'stroke-width': 4 }),
  ].join('');

const browser: Draw = ({ palette: p }) =>
  [
    rect(-190, -300, 380, 280, p.light, { rx: 14 }),
    rect(-190, -300, 380, 50, p.primary, { rx: 14 }),
    rect(-190, -270, 380, 20, p.primary, { stroke: 'none' }),
    circle(-160, -275, 9, p.accentHot, { 'stroke-width': 3 }),
    circle(-132, -275, 9, p.accent, { 'stroke-width': 3 }),
    rect(-100, -290, 250, 28, p.light, { rx: 14, 'stroke-width': 3 }),
    rect(-160, -220, 150, 110, p.accent, { rx: 6 }),
    ...[0, 1, 2, 3].map((i) => rect(20, -216 + i * 30, 140 - (i % 2) * 40, 14, p.primaryShade, { stroke: 'none', rx: 7 })),
    rect(-160, -90, 320, 40, p.primary, { rx: 8, 'stroke-width': 4 }),
  ].join('');

const wireframe: Draw = ({ palette: p }) =>
  [
    rect(-180, -300, 360, 290, p.primaryShade, { rx: 12 }),
    rect(-160, -280, 320, 40, p.light, { rx: 6 }),
    rect(-160, -226, 100, 200, p.accent, { rx: 6 }),
    rect(-46, -226, 206, 96, p.light, { rx: 6 }),
    rect(-46, -116, 96, 90, p.accentHot, { rx: 6 }),
    rect(64, -116, 96, 90, p.light, { rx: 6 }),
  ].join('');

const serverRack: Draw = ({ palette: p }) =>
  [
    rect(-120, -310, 240, 310, p.ink, { rx: 10 }),
    ...[0, 1, 2, 3, 4].map((i) =>
      [
        rect(-100, -290 + i * 58, 200, 44, i === 2 ? p.primary : p.primaryShade, { rx: 6, 'stroke-width': 4 }),
        circle(-74, -268 + i * 58, 7, i % 2 ? p.accent : p.light, { stroke: 'none' }),
        rect(-40, -272 + i * 58, 110, 8, p.halo, { stroke: 'none', rx: 4 }),
      ].join(''),
    ),
    word('1.0', 0, -152, 70, 30, p.light),
  ].join('');

const priceTag: Draw = ({ palette: p }) =>
  group(
    [
      path('M-150,-60L60,-60L150,0L60,60L-150,60C-160,60 -166,54 -166,44L-166,-44C-166,-54 -160,-60 -150,-60Z', p.accent),
      circle(90, 0, 16, p.sky),
      word('$', -50, 0, 80, 80, p.ink),
      path('M106,0C160,-40 180,-90 150,-140', 'none', { 'stroke-width': 5 }),
    ],
    { transform: place(0, -150, -24) },
  );

const shoppingBag: Draw = ({ palette: p }) =>
  [
    path('M-70,-220C-70,-320 70,-320 70,-220', 'none', { 'stroke-width': 14 }),
    path('M-150,-220L150,-220L170,0L-170,0Z', p.primary),
    shade('M70,-220L150,-220L170,0L90,0Z'),
    rect(-90, -170, 150, 110, p.light, { rx: 8 }),
    path('M-50,-130L-10,-150L30,-130L30,-90L-10,-70L-50,-90Z', p.accent, { 'stroke-width': 4 }),
  ].join('');

const puzzlePiece: Draw = ({ rng, palette: p }) =>
  [
    path('M-190,-100L-60,-100C-60,-140 0,-140 0,-100L40,-100L40,0L-190,0Z', p.primaryShade),
    group([path('M-80,-80L-20,-80C-20,-130 40,-130 40,-80L100,-80L100,-20C140,-20 140,40 100,40L100,100L-80,100L-80,40C-40,40 -40,-20 -80,-20Z', p.accent), circle(10, 10, 12, p.light, { stroke: 'none' })], {
      transform: place(60, -196, rng.range(-20, -10)),
    }),
    path('M-150,-160L-110,-200M-120,-150L-80,-190', 'none', { stroke: p.light, 'stroke-width': 6 }),
  ].join('');

const gauge: Draw = ({ rng, palette: p }) => {
  const needle = rng.range(20, 40);
  return [
    path('M-180,-40A180,180 0 0 1 180,-40Z', p.light),
    path('M-150,-40A150,150 0 0 1 -75,-170L0,-40Z', p.accentHot, { 'stroke-width': 4 }),
    path('M-75,-170A150,150 0 0 1 75,-170L0,-40Z', p.accent, { 'stroke-width': 4 }),
    path('M75,-170A150,150 0 0 1 150,-40L0,-40Z', p.primary, { 'stroke-width': 4 }),
    group([path('M-8,0L0,-160L8,0Z', p.ink)], { transform: place(0, -40, needle) }),
    circle(0, -40, 20, p.primaryShade),
    rect(-190, -40, 380, 40, p.primaryShade, { rx: 8 }),
  ].join('');
};

const telescope: Draw = ({ palette: p }) =>
  [
    line(0, -120, -80, 0, { 'stroke-width': 10 }),
    line(0, -120, 80, 0, { 'stroke-width': 10 }),
    line(0, -120, 0, 0, { 'stroke-width': 10 }),
    group([rect(-150, -30, 200, 60, p.primary, { rx: 8 }), rect(50, -40, 90, 80, p.primaryShade, { rx: 8 }), rect(-180, -20, 30, 40, p.light, { rx: 4 })], { transform: place(10, -150, -30) }),
    path(starPath(150, -290, 28, 11), p.accent),
    path(starPath(80, -320, 14, 6), p.light, { 'stroke-width': 4 }),
    path(sparklePath(180, -210, 16), p.accent, { 'stroke-width': 3 }),
  ].join('');

const paintRoller: Draw = ({ palette: p }) =>
  [
    path('M-190,-40C-100,-60 0,-30 60,-50L60,0L-190,0Z', p.light, { stroke: 'none' }),
    path('M-190,-300L190,-300L190,-230L-190,-230Z', p.light, { 'fill-opacity': 0 }),
    rect(-170, -290, 280, 80, p.light, { rx: 30 }),
    path('M110,-250L160,-250L160,-170L10,-170L10,-90', 'none', { 'stroke-width': 10 }),
    rect(-6, -90, 32, 90, p.accentHot, { rx: 8 }),
    path('M-170,-230C-150,-180 -130,-220 -110,-170', 'none', { stroke: p.light, 'stroke-width': 12 }),
  ].join('');

const portalDoor: Draw = ({ palette: p }) =>
  [
    path('M-130,0L-130,-200C-130,-300 130,-300 130,-200L130,0Z', p.primaryShade),
    path('M-96,0L-96,-196C-96,-266 96,-266 96,-196L96,0Z', p.accent),
    path('M-60,0L-60,-190C-60,-234 60,-234 60,-190L60,0Z', p.light, { stroke: 'none' }),
    path(sparklePath(0, -150, 30), p.accent, { stroke: 'none' }),
    path(sparklePath(-160, -260, 18), p.accent, { 'stroke-width': 3 }),
    path(sparklePath(160, -230, 14), p.light, { 'stroke-width': 3 }),
    rect(-170, -14, 340, 14, p.primary),
  ].join('');

const ribbonCutting: Draw = ({ palette: p }) =>
  [
    rect(-190, -200, 20, 200, p.light),
    rect(170, -200, 20, 200, p.light),
    path('M-170,-180C-90,-150 -40,-170 -10,-160L-10,-140C-40,-150 -90,-130 -170,-160Z', p.accentHot),
    path('M170,-180C90,-150 40,-170 10,-190L14,-170C40,-150 90,-130 170,-160Z', p.accentHot),
    group([circle(-50, 60, 30, 'none', { stroke: p.primary, 'stroke-width': 14 }), circle(50, 60, 30, 'none', { stroke: p.primary, 'stroke-width': 14 }), path('M-30,36L20,-120L30,-116L-10,40ZM30,36L-20,-120L-30,-116L10,40Z', p.light)], {
      transform: place(0, -250, 180),
    }),
    path(starPath(-100, -270, 18, 7), p.accent, { 'stroke-width': 4 }),
    path(starPath(110, -280, 14, 6), p.accent, { 'stroke-width': 4 }),
  ].join('');

const mountain: Draw = ({ palette: p }) =>
  [
    path('M-200,0L-40,-260L30,-170L80,-210L200,0Z', p.primaryShade),
    path('M-40,-260L-90,-180L-60,-190L-40,-170L-10,-200Z', p.light),
    path('M80,-210L56,-170L80,-178L100,-170Z', p.light),
    shade('M-40,-260L30,-170L80,-210L200,0L40,0Z'),
    line(-40, -260, -40, -320, { 'stroke-width': 6 }),
    path('M-36,-320L20,-306L-36,-290Z', p.accentHot),
  ].join('');

const headphones: Draw = ({ palette: p }) =>
  [
    path('M-140,-120C-140,-320 140,-320 140,-120', 'none', { 'stroke-width': 36 }),
    path('M-140,-120C-140,-320 140,-320 140,-120', 'none', { stroke: p.primary, 'stroke-width': 22 }),
    rect(-180, -150, 80, 130, p.accent, { rx: 30 }),
    rect(100, -150, 80, 130, p.accent, { rx: 30 }),
    rect(-150, -130, 30, 90, p.primaryShade, { rx: 12, stroke: 'none' }),
    rect(120, -130, 30, 90, p.primaryShade, { rx: 12, stroke: 'none' }),
    path('M-30,-160C-40,-140 -40,-120 -30,-100M0,-170C-14,-140 -14,-120 0,-90M30,-160C20,-140 20,-120 30,-100', 'none', { stroke: p.light, 'stroke-width': 6 }),
  ].join('');

const tourBus: Draw = ({ palette: p }) =>
  [
    rect(-196, -210, 392, 170, p.accent, { rx: 24 }),
    ...[0, 1, 2, 3].map((i) => rect(-170 + i * 80, -186, 62, 56, p.sky, { rx: 6, 'stroke-width': 4 })),
    rect(150, -186, 30, 120, p.sky, { rx: 6, 'stroke-width': 4 }),
    rect(-196, -110, 340, 26, p.accentHot, { stroke: 'none' }),
    rect(-186, -246, 200, 36, p.primaryShade, { rx: 6 }),
    circle(-120, -36, 32, p.ink),
    circle(-120, -36, 12, p.light),
    circle(110, -36, 32, p.ink),
    circle(110, -36, 12, p.light),
  ].join('');

const gitBranches: Draw = ({ palette: p }) =>
  [
    path('M-100,0L-100,-300', 'none', { 'stroke-width': 16 }),
    path('M-100,0L-100,-300', 'none', { stroke: p.primary, 'stroke-width': 8 }),
    path('M-100,-90C-100,-150 40,-130 40,-200L40,-260', 'none', { 'stroke-width': 16 }),
    path('M-100,-90C-100,-150 40,-130 40,-200L40,-260', 'none', { stroke: p.accent, 'stroke-width': 8 }),
    path('M40,-180C40,-220 150,-210 150,-280', 'none', { 'stroke-width': 16 }),
    path('M40,-180C40,-220 150,-210 150,-280', 'none', { stroke: p.accentHot, 'stroke-width': 8 }),
    ...[
      [-100, -40, p.light],
      [-100, -150, p.light],
      [-100, -270, p.light],
      [40, -250, p.accent],
      [150, -280, p.accentHot],
    ].map(([x, y, fill]) => circle(x as number, y as number, 22, fill as string)),
  ].join('');

export const STORY_MOTIFS = {
  'spreadsheet-pile': spreadsheetPile,
  stage,
  database,
  sprout,
  crane,
  'container-ship': containerShip,
  'cloud-upload': fitted(cloudUpload, 0, 0.95),
  sandbox,
  incubator,
  podium,
  medal,
  'prize-ribbon': prizeRibbon,
  newspaper,
  balloons,
  gift,
  'party-popper': partyPopper,
  'conference-stage': conferenceStage,
  skyline,
  'lanyard-badge': lanyardBadge,
  'sticky-notes': stickyNotes,
  'webinar-screen': webinarScreen,
  roadmap,
  certificate,
  chatbot,
  globe,
  robot,
  plug,
  'ai-chip': aiChip,
  beaver,
  'grad-cap': gradCap,
  'mentor-pair': mentorPair,
  'hack-laptop': hackLaptop,
  lightbulb: fitted(lightbulb, 0, 0.92),
  clipboard,
  'ab-test': abTest,
  toggles: fitted(toggles, 0, 0.94),
  flask,
  microphone,
  helm: fitted(helm, 0, 0.95),
  shield,
  padlock,
  fleet,
  'tuning-fork': tuningFork,
  'piggy-bank': piggyBank,
  'coin-stack': coinStack,
  'footprint-leaf': footprintLeaf,
  swatches,
  'market-stall': marketStall,
  stencil,
  scaffold,
  'card-catalog': cardCatalog,
  shelves,
  'open-book': openBook,
  'book-stack': bookStack,
  magnifier,
  binoculars,
  lighthouse,
  'neural-net': neuralNet,
  guitar: fitted(guitar, 0, 0.8),
  pipes,
  browser,
  wireframe,
  'server-rack': serverRack,
  'price-tag': fitted(priceTag, 14),
  'shopping-bag': shoppingBag,
  'puzzle-piece': puzzlePiece,
  gauge,
  telescope,
  'paint-roller': paintRoller,
  'portal-door': portalDoor,
  'ribbon-cutting': fitted(ribbonCutting, 0, 0.92),
  mountain,
  headphones,
  'tour-bus': tourBus,
  'git-branches': gitBranches,
} satisfies Record<string, Draw>;
