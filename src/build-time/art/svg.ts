import { r } from './random.ts';

/** Small builders for SVG markup, so motifs read as drawings rather than string soup. */

type Attrs = Record<string, string | number | undefined>;

function attrs(extra: Attrs | undefined): string {
  if (!extra) return '';
  return Object.entries(extra)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? r(value) : value}"`)
    .join('');
}

export function path(d: string, fill: string, extra?: Attrs): string {
  return `<path d="${d}" fill="${fill}"${attrs(extra)}/>`;
}

export function circle(cx: number, cy: number, radius: number, fill: string, extra?: Attrs): string {
  return `<circle cx="${r(cx)}" cy="${r(cy)}" r="${r(radius)}" fill="${fill}"${attrs(extra)}/>`;
}

export function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra?: Attrs): string {
  return `<ellipse cx="${r(cx)}" cy="${r(cy)}" rx="${r(rx)}" ry="${r(ry)}" fill="${fill}"${attrs(extra)}/>`;
}

export function rect(x: number, y: number, width: number, height: number, fill: string, extra?: Attrs): string {
  return `<rect x="${r(x)}" y="${r(y)}" width="${r(width)}" height="${r(height)}" fill="${fill}"${attrs(extra)}/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, extra?: Attrs): string {
  return `<line x1="${r(x1)}" y1="${r(y1)}" x2="${r(x2)}" y2="${r(y2)}"${attrs(extra)}/>`;
}

export function group(children: string | readonly string[], extra?: Attrs): string {
  const body = typeof children === 'string' ? children : children.join('');
  return `<g${attrs(extra)}>${body}</g>`;
}

/** Translate, then rotate (degrees), then scale: the order a drawing is placed in. */
export function place(x: number, y: number, rotate = 0, scale = 1): string {
  let transform = `translate(${r(x)} ${r(y)})`;
  if (rotate) transform += ` rotate(${r(rotate)})`;
  if (scale !== 1) transform += ` scale(${Math.round(scale * 1000) / 1000})`;
  return transform;
}

/** A star with `points` tips as a path: outer and inner radius, tip up, turned by `rotate` degrees. */
export function starPath(cx: number, cy: number, outer: number, inner: number, points = 5, rotate = 0): string {
  const parts: string[] = [];
  for (let i = 0; i < points * 2; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = ((rotate - 90 + (i * 180) / points) * Math.PI) / 180;
    parts.push(`${i === 0 ? 'M' : 'L'}${r(cx + radius * Math.cos(angle))},${r(cy + radius * Math.sin(angle))}`);
  }
  return parts.join('') + 'Z';
}

/** A four-pointed sparkle with curved sides. */
export function sparklePath(cx: number, cy: number, size: number): string {
  const s = size;
  const k = size * 0.18;
  return (
    `M${r(cx)},${r(cy - s)}Q${r(cx + k)},${r(cy - k)} ${r(cx + s)},${r(cy)}` +
    `Q${r(cx + k)},${r(cy + k)} ${r(cx)},${r(cy + s)}Q${r(cx - k)},${r(cy + k)} ${r(cx - s)},${r(cy)}` +
    `Q${r(cx - k)},${r(cy - k)} ${r(cx)},${r(cy - s)}Z`
  );
}

/** Escapes text for an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
