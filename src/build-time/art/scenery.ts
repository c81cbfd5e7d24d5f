import type { Landscape } from '../../model/landscapes.ts';
import { createRng, hashString, r, type Rng } from './random.ts';
import { circle, ellipse, group, line, path, rect, sparklePath, starPath } from './svg.ts';

/**
 * The journey's parallax scenery: for each landscape (`src/model/landscapes.ts`), three layers of silhouettes drawn as SVG tiles that
 * repeat sideways behind a year, painted far to near. Far layers lag most behind the travel. Every colour is dark and
 * close to the page's background, so text over the scenery keeps its contrast (tested).
 */

export const SCENERY_LAYERS = [
  /** Sky and horizon: lags 60 % of the travel behind, so it drifts slowest. */
  { id: 'far', depth: 0.6, reach: 1 },
  { id: 'mid', depth: 0.35, reach: 0.64 },
  /** The ground nearest the cards: lags only 15 %. */
  { id: 'near', depth: 0.15, reach: 0.38 },
] as const satisfies readonly {
  id: string;
  /** The fraction of the travel the layer lags behind. */
  depth: number;
  /**
   * How high the layer draws, as a fraction of the tile's height from its foot: nothing of any era's
   * tile lies above (tested). The moving strip is only that tall, so the browser composites no
   * empty sky over the layers behind it.
   */
  reach: number;
}[];
export type SceneryLayer = (typeof SCENERY_LAYERS)[number];
export type SceneryLayerId = SceneryLayer['id'];

/** One tile: the scenery repeats every `width` px at this height (scaled to the year's height). */
export const SCENERY_TILE = { width: 1600, height: 900 } as const;

/** Four tones per landscape, darkest first: silhouettes far to near, then the finest details. */
export const SCENERY_TONES: Readonly<Record<Landscape, readonly [string, string, string, string]>> = {
  // Olive and peat: a swampy Cretaceous night.
  swamp: ['#0f120b', '#141a0f', '#192114', '#1f2a18'],
  // Slate teal: offices and server rooms after hours.
  offices: ['#0c1416', '#10191c', '#142124', '#1a2a2d'],
  // Green: hills under a web of linked nodes.
  hills: ['#0b150f', '#0f1d14', '#13261a', '#183021'],
  // Indigo: lattices and orbits.
  orbits: ['#0f0e1c', '#141326', '#191830', '#1f1e3b'],
};

/** Each landscape's seed: the hash its drawings have always been drawn from, so each stays the picture it was. */
const SEEDS: Readonly<Record<Landscape, number>> = {
  swamp: 0x660c650a,
  offices: 0xd2217868,
  hills: 0x39b361ac,
  orbits: 0x153f4444,
};

/** Every colour the scenery uses, for the contrast test. */
export function sceneryColours(): string[] {
  return Object.values(SCENERY_TONES).flat();
}

/** "swamp-far": the file name of a layer's tile, without extension. */
export function sceneryName(landscape: Landscape, layer: SceneryLayerId): string {
  return `${landscape}-${layer}`;
}

/** The address of a layer's tile (`src/pages/scenery/[name].svg.ts` serves it). */
export function sceneryPath(landscape: Landscape, layer: SceneryLayerId, base = '/'): string {
  return `${base.replace(/\/?$/, '/')}scenery/${sceneryName(landscape, layer)}.svg`;
}

/** The tiles of these landscapes (the ones a journey's eras show): one per landscape and layer. */
export function sceneryTiles(landscapes: readonly Landscape[]): Array<{ landscape: Landscape; layer: SceneryLayerId; name: string }> {
  return [...new Set(landscapes)].flatMap((landscape) =>
    SCENERY_LAYERS.map((layer) => ({ landscape, layer: layer.id, name: sceneryName(landscape, layer.id) })),
  );
}

const { width: W, height: H } = SCENERY_TILE;

type Tones = readonly [string, string, string, string];
type Drawer = (rng: Rng, tones: Tones) => string;

/** A ridge across the whole tile that starts and ends at the same height, so tiles join seamlessly. */
function ridge(rng: Rng, base: number, swing: number, peaks: number, fill: string): string {
  let d = `M0,${r(base)}`;
  const step = W / peaks;
  for (let i = 0; i < peaks; i++) {
    const x = i * step;
    const top = base - rng.range(swing * 0.3, swing);
    const end = i === peaks - 1 ? base : base - rng.range(0, swing * 0.3);
    d += `C${r(x + step * 0.3)},${r(top)} ${r(x + step * 0.7)},${r(top)} ${r(x + step)},${r(end)}`;
  }
  return path(`${d}L${W},${H}L0,${H}Z`, fill);
}

/** Points spread evenly across the tile's width (kept off the seams), jittered by the seed. */
function spread(rng: Rng, count: number, margin = 60): number[] {
  const span = W - margin * 2;
  return Array.from({ length: count }, (_, i) => margin + ((i + rng.range(0.2, 0.8)) / count) * span);
}

function stars(rng: Rng, count: number, fill: string, maxY: number): string {
  return spread(rng, count, 20)
    .map((x) => circle(x, rng.range(20, maxY), rng.range(1.2, 2.6), fill))
    .join('');
}

const swamp: Record<SceneryLayerId, Drawer> = {
  far: (rng, t) => {
    const plume = [0, 1, 2, 3].map((i) => circle(560 + i * 26, 470 - i * 62, 30 + i * 12, t[1])).join('');
    return [
      stars(rng, 46, t[2], 420),
      circle(1230, 200, 84, t[1]),
      circle(1206, 182, 14, t[0]),
      circle(1258, 226, 10, t[0]),
      plume,
      ridge(rng, 700, 150, 5, t[0]),
      path('M470,700L530,520L600,520L660,700Z', t[0]),
    ].join('');
  },
  mid: (rng, t) => {
    const palms = spread(rng, 5, 120).map((x) => {
      const h = rng.range(170, 250);
      const lean = rng.range(-40, 40);
      const top = 780 - h;
      const fronds = [-60, -25, 15, 50, 90]
        .map((a) => ellipse(x + lean, top, 70, 14, t[1], { transform: `rotate(${r(a + 180 + rng.range(-8, 8))} ${r(x + lean)} ${r(top)})` }))
        .join('');
      return path(`M${r(x)},790Q${r(x + lean * 0.2)},${r(top + h * 0.4)} ${r(x + lean)},${r(top)}`, 'none', { stroke: t[1], 'stroke-width': 12 }) + fronds;
    });
    const dino = group(
      [
        ellipse(0, 0, 130, 62, t[1]),
        path('M90,-30C150,-120 170,-250 210,-300C226,-318 262,-316 268,-296C272,-282 252,-276 236,-280C214,-250 196,-130 150,10Z', t[1]),
        path('M-120,-10C-190,0 -250,40 -300,60C-240,60 -170,40 -110,30Z', t[1]),
        rect(-90, 20, 36, 110, t[1], { rx: 14 }),
        rect(40, 20, 36, 110, t[1], { rx: 14 }),
      ],
      { transform: `translate(${r(rng.range(820, 1000))} 650)` },
    );
    return [ridge(rng, 790, 60, 4, t[1]), ...palms, dino].join('');
  },
  near: (rng, t) => {
    const grid = (x: number, y: number, w: number, h: number, turn: number, cols: number, rows: number) =>
      group(
        [
          rect(0, 0, w, h, t[2], { rx: 6 }),
          rect(0, 0, w, h / rows, t[3]),
          ...Array.from({ length: cols - 1 }, (_, i) => line(((i + 1) * w) / cols, 0, ((i + 1) * w) / cols, h, { stroke: t[3], 'stroke-width': 4 })),
          ...Array.from({ length: rows - 1 }, (_, i) => line(0, ((i + 1) * h) / rows, w, ((i + 1) * h) / rows, { stroke: t[3], 'stroke-width': 4 })),
        ],
        { transform: `translate(${r(x)} ${r(y)}) rotate(${r(turn)})` },
      );
    const ammonite = (x: number, y: number, size: number) => {
      let d = `M${r(x)},${r(y)}`;
      for (let a = 0; a < Math.PI * 5; a += 0.3) {
        const radius = (size * a) / (Math.PI * 5);
        d += `L${r(x + radius * Math.cos(a))},${r(y + radius * Math.sin(a))}`;
      }
      return path(d, 'none', { stroke: t[3], 'stroke-width': 5 });
    };
    // The wink: a spreadsheet fossil in the rock, and a dinosaur standing by its own spreadsheet.
    const rex = group(
      [
        path('M-70,-40C-60,-110 40,-130 70,-90L120,-100C150,-104 160,-80 140,-66L80,-56C70,-20 40,10 0,14C-60,16 -150,40 -230,30C-160,10 -100,-10 -70,-40Z', t[2]),
        rect(-40, 0, 26, 80, t[2], { rx: 10 }),
        rect(10, 0, 26, 80, t[2], { rx: 10 }),
        path('M62,-44L84,-20L74,-14Z', t[2], { stroke: t[2], 'stroke-width': 8, 'stroke-linejoin': 'round' }),
      ],
      { transform: `translate(${r(rng.range(1060, 1160))} 742)` },
    );
    return [
      ridge(rng, 830, 30, 3, t[2]),
      path(`M0,862C400,852 1200,872 ${W},862`, 'none', { stroke: t[3], 'stroke-width': 4 }),
      grid(rng.range(220, 320), 800, 260, 160, rng.range(-12, -6), 5, 5),
      ammonite(rng.range(700, 800), 880, 30),
      rex,
      grid(rng.range(1290, 1340), 650, 150, 190, 4, 3, 5),
    ].join('');
  },
};

const offices: Record<SceneryLayerId, Drawer> = {
  far: (rng, t) => {
    const buildings = spread(rng, 14, 30).map((x) => {
      const w = rng.range(70, 120);
      const top = rng.range(520, 700);
      const windows: string[] = [];
      for (let y = top + 20; y < 860; y += 34) {
        for (let wx = x - w / 2 + 14; wx < x + w / 2 - 20; wx += 26) if (rng.chance(0.22)) windows.push(rect(wx, y, 10, 14, t[2]));
      }
      return rect(x - w / 2, top, w, H - top, t[0]) + windows.join('');
    });
    return [stars(rng, 24, t[1], 360), path('M1300,150A60,60 0 1 0 1360,236A48,48 0 1 1 1300,150Z', t[1]), ...buildings].join('');
  },
  mid: (rng, t) => {
    const racks: string[] = [];
    let x = rng.range(60, 140);
    while (x < W - 180) {
      const count = rng.int(2, 4);
      for (let i = 0; i < count; i++) {
        const top = 520 + rng.range(0, 40);
        racks.push(rect(x, top, 86, 900 - top, t[1], { rx: 6 }));
        for (let y = top + 24; y < 820; y += 30) {
          racks.push(rect(x + 12, y, 50, 6, t[2], { rx: 3 }));
          if (rng.chance(0.4)) racks.push(circle(x + 72, y + 3, 4, t[3]));
        }
        x += 96;
      }
      racks.push(path(`M${r(x - 40)},600C${r(x + 30)},640 ${r(x + 60)},740 ${r(x + 140)},760`, 'none', { stroke: t[1], 'stroke-width': 8 }));
      x += rng.range(160, 260);
    }
    return [...racks, rect(0, 850, W, 50, t[1])].join('');
  },
  near: (rng, t) => {
    // The opening joke goes on: squads keep building, spreadsheets keep multiplying, on screens and desks.
    const desks = spread(rng, 4, 160).map((x, index) => {
      const code =
        index % 2 === 0
          ? Array.from({ length: 4 }, (_, i) => rect(x - 60 + (i % 2) * 16, 648 + i * 18, rng.range(40, 90), 8, t[3], { rx: 4 })).join('')
          : [
              ...Array.from({ length: 3 }, (_, i) => line(x - 70 + (i + 1) * 35, 644, x - 70 + (i + 1) * 35, 724, { stroke: t[3], 'stroke-width': 3 })),
              ...Array.from({ length: 4 }, (_, i) => line(x - 70, 644 + i * 20, x + 70, 644 + i * 20, { stroke: t[3], 'stroke-width': 3 })),
            ].join('');
      const pile = Array.from({ length: rng.int(3, 5) }, (_, i) =>
        rect(x - 160 + rng.range(-6, 6), 768 - i * 10, 70, 10, i % 2 === 0 ? t[3] : t[2], { rx: 2 }),
      ).join('');
      const plant = rng.chance(0.5)
        ? path(`M${r(x + 130)},742L${r(x + 120)},780L${r(x + 160)},780L${r(x + 150)},742Z`, t[2]) +
          [-30, 0, 30].map((a) => ellipse(x + 140, 716, 10, 30, t[3], { transform: `rotate(${a} ${r(x + 140)} 740)` })).join('')
        : '';
      return [
        rect(x - 90, 630, 180, 110, t[2], { rx: 8 }),
        code,
        rect(x - 10, 740, 20, 30, t[2]),
        rect(x - 170, 780, 340, 16, t[2], { rx: 4 }),
        pile,
        rect(x - 160, 796, 14, 104, t[2]),
        rect(x + 146, 796, 14, 104, t[2]),
        plant,
      ].join('');
    });
    return [rect(0, 880, W, 20, t[2]), ...desks].join('');
  },
};

const hills: Record<SceneryLayerId, Drawer> = {
  far: (rng, t) => {
    const nodes = spread(rng, 20, 40).map((x) => [x, rng.range(60, 440)] as const);
    const links: string[] = [];
    nodes.forEach(([x, y], i) => {
      for (const j of [i + 1, i + 2]) {
        const other = nodes[j];
        if (other && rng.chance(j === i + 1 ? 0.85 : 0.4)) links.push(line(x, y, other[0], other[1], { stroke: t[1], 'stroke-width': 2 }));
      }
    });
    return [
      ...links,
      ...nodes.map(([x, y]) => circle(x, y, rng.range(3, 7), t[2])),
      stars(rng, 20, t[1], 480),
      ridge(rng, 760, 110, 6, t[0]),
    ].join('');
  },
  mid: (rng, t) => {
    const flags = spread(rng, 7, 80).map((x) => {
      const base = 760 + rng.range(-30, 10);
      const h = rng.range(90, 140);
      return (
        rect(x - 3, base - h, 6, h + 40, t[2]) +
        path(`M${r(x + 3)},${r(base - h)}C${r(x + 30)},${r(base - h - 12)} ${r(x + 50)},${r(base - h + 12)} ${r(x + 76)},${r(base - h)}L${r(x + 76)},${r(base - h + 44)}C${r(x + 50)},${r(base - h + 56)} ${r(x + 30)},${r(base - h + 32)} ${r(x + 3)},${r(base - h + 44)}Z`, t[2])
      );
    });
    return [...flags, ridge(rng, 800, 90, 4, t[1])].join('');
  },
  near: (rng, t) => {
    const piece = (x: number, y: number, size: number) =>
      group(
        [rect(0, 0, size, size, t[2], { rx: 8 }), circle(size / 2, 0, size * 0.16, t[2]), circle(size, size / 2, size * 0.16, t[2]), circle(size / 2, size * 0.5, size * 0.12, t[3])],
        { transform: `translate(${r(x)} ${r(y)})` },
      );
    const stacks = spread(rng, 5, 120).flatMap((x) => {
      const size = rng.range(60, 80);
      const height = rng.int(1, 3);
      return Array.from({ length: height }, (_, level) => piece(x + (level % 2) * size * 0.3 - size / 2, 840 - size * (level + 1) - level * 12, size));
    });
    const grass = spread(rng, 30, 20)
      .map((x) => path(`M${r(x - 8)},846L${r(x)},${r(826 - rng.range(0, 14))}L${r(x + 8)},846Z`, t[3]))
      .join('');
    return [...stacks, grass, rect(0, 840, W, 60, t[2])].join('');
  },
};

const orbits: Record<SceneryLayerId, Drawer> = {
  far: (rng, t) => {
    const columns = 5;
    const lattice: string[] = [];
    const layers = Array.from({ length: columns }, (_, c) => {
      const count = rng.int(3, 5);
      return Array.from({ length: count }, (_, i) => [220 + c * 180, 110 + ((i + 0.5) * 340) / count] as const);
    });
    layers.forEach((nodes, c) => {
      const next = layers[c + 1];
      if (next) for (const [x, y] of nodes) for (const [nx, ny] of next) lattice.push(line(x, y, nx, ny, { stroke: t[1], 'stroke-width': 1.5 }));
    });
    for (const nodes of layers) for (const [x, y] of nodes) lattice.push(circle(x, y, 7, t[2]));
    return [
      stars(rng, 30, t[1], 500),
      ...lattice,
      circle(1330, 230, 70, t[1]),
      ellipse(1330, 230, 130, 26, 'none', { stroke: t[2], 'stroke-width': 6, transform: 'rotate(-16 1330 230)' }),
      ridge(rng, 780, 70, 5, t[0]),
    ].join('');
  },
  mid: (rng, t) => {
    const shapes = spread(rng, 6, 100).map((x) => {
      const y = rng.range(440, 640);
      const s = rng.range(30, 56);
      return (
        ellipse(x, y, s * 2.2, s * 0.6, 'none', { stroke: t[1], 'stroke-width': 3, 'stroke-dasharray': '6 10' }) +
        path(`M${r(x)},${r(y - s)}L${r(x + s * 0.7)},${r(y)}L${r(x)},${r(y + s)}L${r(x - s * 0.7)},${r(y)}Z`, t[2]) +
        path(`M${r(x)},${r(y - s)}L${r(x)},${r(y + s)}M${r(x - s * 0.7)},${r(y)}L${r(x + s * 0.7)},${r(y)}`, 'none', { stroke: t[1], 'stroke-width': 3 })
      );
    });
    return [...shapes, ridge(rng, 820, 50, 3, t[1])].join('');
  },
  near: (rng, t) => {
    const traces = spread(rng, 8, 60).map((x) => {
      const up = rng.range(60, 160);
      const turn = rng.pick([-1, 1]) * rng.range(30, 70);
      return (
        path(`M${r(x)},900L${r(x)},${r(860 - up)}L${r(x + turn)},${r(860 - up - Math.abs(turn))}`, 'none', { stroke: t[2], 'stroke-width': 6 }) +
        circle(x + turn, 860 - up - Math.abs(turn), 10, t[3])
      );
    });
    const sparks = spread(rng, 5, 100).map((x) => path(sparklePath(x, rng.range(600, 760), rng.range(10, 22)), t[3]));
    const chips = spread(rng, 3, 200).map((x) => rect(x - 50, 800, 100, 60, t[2], { rx: 8 }) + path(starPath(x, 830, 16, 6, 4), t[3]));
    return [...traces, ...sparks, ...chips, rect(0, 860, W, 40, t[2])].join('');
  },
};

const DRAWERS: Record<Landscape, Record<SceneryLayerId, Drawer>> = {
  swamp,
  offices,
  hills,
  orbits,
};

/** One scenery tile as an SVG document. Same landscape and layer, same text. */
export function generateScenerySvg(landscape: Landscape, layer: SceneryLayerId): string {
  const rng = createRng(hashString(`|${layer}`, SEEDS[landscape]));
  const body = DRAWERS[landscape][layer](rng, SCENERY_TONES[landscape]);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" preserveAspectRatio="xMidYMax meet">${body}</svg>`;
}
