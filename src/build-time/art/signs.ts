import { lettering } from './letters.ts';
import type { MotifContext } from './motifs.ts';
import { r } from './random.ts';
import { circle, ellipse, group, line, path, rect } from './svg.ts';

/**
 * The adopters' signs: an object that carries a name, set as type in the stroke alphabet. No
 * trademark, no logo: the name alone says who adopted. Each sign keeps its name box large enough
 * for the name to read at 320 px wide (tested in art-letters.test.ts).
 */

const shade = (d: string) => `<path d="${d}" fill="#000" fill-opacity="0.22" stroke="none"/>`;

/** The name in a box, as large as fits: used by every sign. */
function nameIn(context: MotifContext, cx: number, cy: number, width: number, height: number, ink: string): string {
  const { svg, cap } = lettering(context.label ?? 'Hello', cx, cy, width, height, { ink, maxCap: 64 });
  context.onLabel?.(cap);
  return svg;
}

export function storefront(context: MotifContext): string {
  const p = context.palette;
  const stripes = Array.from({ length: 7 }, (_, i) =>
    path(`M${-168 + i * 48},-150L${-120 + i * 48},-150L${-126 + i * 48},-112L${-174 + i * 48},-112Z`, i % 2 === 0 ? p.accentHot : p.light, { 'stroke-width': 4 }),
  );
  return [
    rect(-160, -150, 320, 150, p.primaryShade),
    rect(-172, -246, 344, 96, p.light, { rx: 8 }),
    nameIn(context, 0, -198, 310, 76, p.ink),
    ...stripes,
    rect(-40, -96, 80, 96, p.halo),
    circle(24, -48, 5, p.accent),
    rect(-140, -96, 80, 60, p.sky),
    rect(60, -96, 80, 60, p.sky),
    line(-100, -96, -100, -36, { 'stroke-width': 4 }),
    line(100, -96, 100, -36, { 'stroke-width': 4 }),
  ].join('');
}

export function billboard(context: MotifContext): string {
  const p = context.palette;
  return [
    rect(-120, -120, 18, 120, p.primaryShade),
    rect(102, -120, 18, 120, p.primaryShade),
    line(-111, -70, 111, -70, { 'stroke-width': 8 }),
    rect(-190, -290, 380, 170, p.accent, { rx: 6 }),
    rect(-176, -276, 352, 142, p.light, { rx: 4 }),
    nameIn(context, 0, -205, 330, 118, p.ink),
    circle(-150, -306, 10, p.accentHot),
    circle(0, -306, 10, p.accentHot),
    circle(150, -306, 10, p.accentHot),
  ].join('');
}

export function officeTower(context: MotifContext): string {
  const p = context.palette;
  const windows: string[] = [];
  for (let row = 0; row < 4; row++) for (let col = 0; col < 4; col++) windows.push(rect(-76 + col * 40, -170 + row * 38, 22, 24, (row + col) % 3 === 0 ? p.accent : p.sky, { 'stroke-width': 3 }));
  return [
    rect(-96, -190, 192, 190, p.primary),
    shade('M40,-190L96,-190L96,0L40,0Z'),
    ...windows,
    rect(-26, -40, 52, 40, p.halo),
    line(-150, -190, -150, -206, { 'stroke-width': 6 }),
    line(150, -190, 150, -206, { 'stroke-width': 6 }),
    rect(-190, -300, 380, 96, p.light, { rx: 10 }),
    nameIn(context, 0, -252, 350, 76, p.ink),
    rect(-120, -206, 240, 16, p.primaryShade),
  ].join('');
}

export function nameBadge(context: MotifContext): string {
  const p = context.palette;
  return [
    path('M-60,-300L0,-220L60,-300', 'none', { stroke: p.accentHot, 'stroke-width': 16 }),
    rect(-22, -232, 44, 30, p.light, { rx: 6 }),
    rect(-180, -210, 360, 200, p.accentHot, { rx: 24 }),
    rect(-180, -210, 360, 58, p.accentHot, { rx: 24 }),
    lettering('HELLO', 0, -182, 140, 30, { ink: p.light, maxCap: 30 }).svg,
    rect(-160, -150, 320, 120, p.light, { rx: 10 }),
    nameIn(context, 0, -90, 296, 100, p.ink),
  ].join('');
}

export function van(context: MotifContext): string {
  const p = context.palette;
  return [
    path('M-190,-40L-190,-210C-190,-222 -182,-230 -170,-230L110,-230L110,-40Z', p.light),
    path('M110,-190L160,-190L196,-120L196,-40L110,-40Z', p.primary),
    path('M122,-178L154,-178L180,-128L122,-128Z', p.sky),
    rect(-200, -48, 404, 20, p.primaryShade, { rx: 8 }),
    nameIn(context, -40, -136, 280, 140, p.ink),
    circle(-120, -26, 30, p.ink),
    circle(-120, -26, 12, p.light),
    circle(130, -26, 30, p.ink),
    circle(130, -26, 12, p.light),
  ].join('');
}

export function banner(context: MotifContext): string {
  const p = context.palette;
  return [
    rect(-196, -290, 14, 290, p.light, { rx: 4 }),
    rect(182, -290, 14, 290, p.light, { rx: 4 }),
    circle(-189, -296, 12, p.accent),
    circle(189, -296, 12, p.accent),
    path('M-182,-270C-60,-250 60,-250 182,-270L182,-140C60,-120 -60,-120 -182,-140Z', p.primary),
    path('M-182,-140L-150,-100L-120,-134M182,-140L150,-100L120,-134', 'none', { 'stroke-width': 5 }),
    rect(-160, -248, 320, 100, p.light, { rx: 8 }),
    nameIn(context, 0, -198, 296, 80, p.ink),
  ].join('');
}

export function blimp(context: MotifContext): string {
  const p = context.palette;
  return [
    line(-40, -120, -60, -10, { 'stroke-width': 3, 'stroke-dasharray': '6 8' }),
    line(40, -120, 60, -10, { 'stroke-width': 3, 'stroke-dasharray': '6 8' }),
    path('M150,-200L200,-250L204,-150L150,-170Z', p.accentHot),
    ellipse(-10, -190, 176, 82, p.light),
    shade('M-186,-190C-186,-140 -100,-108 -10,-108C80,-108 166,-140 166,-190C120,-160 40,-150 -10,-150C-60,-150 -140,-160 -186,-190Z'),
    rect(-44, -118, 88, 28, p.primary, { rx: 8 }),
    nameIn(context, -14, -198, 270, 90, p.ink),
    rect(-80, -14, 160, 14, p.primaryShade, { rx: 6 }),
  ].join('');
}

export function neonSign(context: MotifContext): string {
  const p = context.palette;
  const bricks: string[] = [];
  for (let row = 0; row < 7; row++) {
    const y = -300 + row * 42;
    for (let col = -1; col < 5; col++) {
      const x0 = Math.max(-190, -190 + col * 76 + (row % 2) * 38);
      const x1 = Math.min(190, -190 + (col + 1) * 76 + (row % 2) * 38);
      if (x1 > x0) bricks.push(rect(x0, y, x1 - x0, 42, (row + col) % 2 === 0 ? p.primaryShade : p.halo, { 'stroke-width': 3 }));
    }
  }
  return [
    ...bricks,
    rect(-164, -246, 328, 150, p.ink, { rx: 20 }),
    rect(-156, -238, 312, 134, 'none', { stroke: p.accentHot, 'stroke-width': 6, rx: 16 }),
    nameIn(context, 0, -171, 280, 108, p.accent),
    line(-120, -300, -100, -246, { 'stroke-width': 4 }),
    line(120, -300, 100, -246, { 'stroke-width': 4 }),
  ].join('');
}

export function shippingContainer(context: MotifContext): string {
  const p = context.palette;
  const ribs = Array.from({ length: 11 }, (_, i) => line(-180 + 14 + i * 33, -200, -180 + 14 + i * 33, -20, { stroke: p.primaryShade, 'stroke-width': 6 }));
  return [
    rect(-190, -210, 380, 200, p.primary),
    ...ribs,
    rect(-166, -166, 332, 110, p.light, { rx: 6 }),
    nameIn(context, 0, -111, 306, 90, p.ink),
    rect(-200, -226, 400, 20, p.primaryShade),
    rect(-200, -16, 400, 16, p.primaryShade),
    path('M-150,-226L-120,-290L120,-290L150,-226', 'none', { 'stroke-width': 5 }),
    circle(0, -296, 10, p.accent),
  ].join('');
}

export function hotAirBalloon(context: MotifContext): string {
  const p = context.palette;
  return [
    line(-46, -84, -30, -40, { 'stroke-width': 4 }),
    line(46, -84, 30, -40, { 'stroke-width': 4 }),
    path('M-44,-40L44,-40L34,0L-34,0Z', p.accentHot),
    path('M0,-310C110,-310 170,-240 170,-180C170,-130 110,-96 46,-84L-46,-84C-110,-96 -170,-130 -170,-180C-170,-240 -110,-310 0,-310Z', p.accent),
    path('M0,-310C50,-300 70,-240 70,-180C70,-130 56,-100 46,-84L-46,-84C-56,-100 -70,-130 -70,-180C-70,-240 -50,-300 0,-310Z', p.primary, { 'stroke-width': 4 }),
    rect(-176, -212, 352, 80, p.light, { rx: 10 }),
    nameIn(context, 0, -172, 330, 64, p.ink),
  ].join('');
}

export function archGate(context: MotifContext): string {
  const p = context.palette;
  return [
    rect(-180, -200, 50, 200, p.primaryShade),
    rect(130, -200, 50, 200, p.primaryShade),
    path('M-130,0L-130,-120C-130,-190 130,-190 130,-120L130,0', 'none', { 'stroke-width': 8 }),
    path('M-196,-300L196,-300L180,-196L-180,-196Z', p.light),
    nameIn(context, 0, -248, 340, 84, p.ink),
    circle(-155, -200, 12, p.accent),
    circle(155, -200, 12, p.accent),
  ].join('');
}

export function signpost(context: MotifContext): string {
  const p = context.palette;
  return [
    rect(-14, -300, 28, 300, p.primaryShade, { rx: 4 }),
    path('M-176,-280L150,-280L196,-226L150,-172L-176,-172Z', p.light),
    nameIn(context, -12, -226, 300, 88, p.ink),
    path('M176,-140L-150,-140L-196,-96L-150,-52L176,-52Z', p.accent),
    line(-120, -96, 130, -96, { 'stroke-width': 8, 'stroke-dasharray': `${r(20)} ${r(16)}` }),
  ].join('');
}

export function sandwichBoard(context: MotifContext): string {
  const p = context.palette;
  return [
    path('M-120,0L-60,-290L60,-290L120,0', 'none', { 'stroke-width': 14 }),
    path('M-170,0L-96,-280L96,-280L170,0Z', p.primaryShade),
    path('M-144,-20L-88,-250L88,-250L144,-20Z', p.ink),
    rect(-112, -222, 224, 164, p.light, { rx: 6 }),
    nameIn(context, 0, -140, 208, 144, p.ink),
    rect(-30, -300, 60, 16, p.accent, { rx: 6 }),
  ].join('');
}

export function train(context: MotifContext): string {
  const p = context.palette;
  return [
    rect(-200, -30, 400, 14, p.primaryShade),
    rect(-190, -210, 250, 170, p.primary, { rx: 14 }),
    rect(-170, -120, 210, 64, p.light, { rx: 6 }),
    nameIn(context, -65, -88, 196, 54, p.ink),
    rect(-170, -190, 60, 50, p.sky, { 'stroke-width': 4 }),
    rect(-90, -190, 60, 50, p.sky, { 'stroke-width': 4 }),
    path('M60,-160L150,-160L196,-100L196,-40L60,-40Z', p.accentHot),
    rect(90, -240, 40, 80, p.primaryShade),
    ...[-150, -50, 40, 150].map((x) => circle(x, -26, 26, p.ink) + circle(x, -26, 9, p.light)),
    circle(180, -270, 22, p.light, { 'fill-opacity': 0.8, stroke: 'none' }),
    circle(140, -288, 16, p.light, { 'fill-opacity': 0.8, stroke: 'none' }),
  ].join('');
}

export function tent(context: MotifContext): string {
  const p = context.palette;
  return [
    line(0, -300, 0, -250, { 'stroke-width': 6 }),
    path('M4,-300L50,-286L4,-272Z', p.accentHot),
    path('M0,-250L200,0L-200,0Z', p.accent),
    path('M0,-250L60,0L-60,0Z', p.halo),
    shade('M0,-250L200,0L90,0Z'),
    rect(-170, -140, 340, 70, p.light, { rx: 8 }),
    nameIn(context, 0, -105, 316, 54, p.ink),
  ].join('');
}

export function mailbox(context: MotifContext): string {
  const p = context.palette;
  return [
    rect(-16, -150, 32, 150, p.primaryShade),
    path('M-150,-150L-150,-250C-150,-300 150,-300 150,-250L150,-150Z', p.accentHot),
    rect(-136, -240, 272, 76, p.light, { rx: 8 }),
    nameIn(context, 0, -202, 250, 60, p.ink),
    line(150, -250, 150, -320, { 'stroke-width': 6 }),
    path('M154,-320L200,-320L200,-290L154,-290Z', p.accent),
    group([rect(-60, -30, 120, 60, p.light, { rx: 4 }), path('M-60,-30L0,10L60,-30', 'none', { 'stroke-width': 4 })], { transform: 'translate(-120 -60) rotate(-12)' }),
  ].join('');
}

export function coffeeCup(context: MotifContext): string {
  const p = context.palette;
  return [
    path('M-130,-250L130,-250L100,0L-100,0Z', p.light),
    rect(-146, -290, 292, 44, p.primaryShade, { rx: 10 }),
    path('M-124,-200L124,-200L112,-100L-112,-100Z', p.accent),
    nameIn(context, 0, -150, 210, 80, p.ink),
    path('M-40,-298C-56,-310 -24,-316 -40,-328M20,-298C4,-310 36,-316 20,-328', 'none', { stroke: p.light, 'stroke-width': 6, 'stroke-opacity': 0.6 }),
  ].join('');
}

export function tShirt(context: MotifContext): string {
  const p = context.palette;
  return [
    path('M-60,-290L-190,-230L-150,-150L-110,-170L-110,0L110,0L110,-170L150,-150L190,-230L60,-290C40,-260 -40,-260 -60,-290Z', p.primary),
    shade('M60,-290L190,-230L150,-150L110,-170L110,0L60,0L60,-250Z'),
    rect(-106, -208, 212, 134, p.light, { rx: 10 }),
    nameIn(context, 0, -141, 200, 118, p.ink),
  ].join('');
}

export function sailboat(context: MotifContext): string {
  const p = context.palette;
  return [
    line(0, -320, 0, -104, { 'stroke-width': 8 }),
    path('M10,-310L10,-120L170,-120Z', p.light),
    path('M-10,-270L-10,-120L-140,-120Z', p.accent),
    path('M-196,-104L196,-104L146,-4L-146,-4Z', p.primaryShade),
    rect(-150, -98, 300, 80, p.light, { rx: 6 }),
    nameIn(context, 0, -58, 286, 68, p.ink),
    path('M-200,0C-160,-14 -120,14 -80,0C-40,-14 0,14 40,0C80,-14 120,14 160,0', 'none', { stroke: p.light, 'stroke-width': 5 }),
  ].join('');
}
