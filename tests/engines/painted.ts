import sharp from 'sharp';

/**
 * Whether the pictures a visitor has in view are painted, judged from what the engine drew: each
 * picture's frame (the box that holds only that picture) in view must have the picture's rendered
 * box over most of it, and the screenshot's pixels inside it must not be the frame's own, blank
 * colour. Same-origin frames (an embedded year in a post) are looked into.
 */

/** A picture frame in view, as the page lays it out (CSS pixels of the top window's viewport). */
export interface FrameInView {
  /** The picture's alt text or address, for messages. */
  what: string;
  /** The frame's visible area and how much of it the picture's rendered box covers. */
  frameArea: number;
  pictureArea: number;
  /** The colour the frame shows with no picture in it (its own background, or what is behind it). */
  blank: [number, number, number];
  /** Points inside the frame where nothing else (a sticky bar, a panel) is drawn over it. */
  samples: Array<[number, number]>;
}

/** In the page (pass it to `evaluate`): every picture frame in view, with points to sample in it. */
export function framesInView(): FrameInView[] {
  const MIN_SIDE = 24;
  const GRID = 9;
  type Rect = { left: number; top: number; right: number; bottom: number };
  const intersect = (a: Rect, b: Rect): Rect => ({
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  });
  const area = (rect: Rect) => Math.max(0, rect.right - rect.left) * Math.max(0, rect.bottom - rect.top);
  const offset = (rect: Rect, x: number, y: number): Rect => ({ left: rect.left + x, top: rect.top + y, right: rect.right + x, bottom: rect.bottom + y });
  const colour = (value: string): [number, number, number, number] | null => {
    const match = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)/.exec(value);
    return match ? [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])] : null;
  };
  const found: FrameInView[] = [];

  const look = (doc: Document, x: number, y: number, clip: Rect) => {
    const view = doc.defaultView!;
    // While travelling, the journey bar covers the bottom of the viewport.
    const bar = doc.documentElement.classList.contains('travel') ? doc.querySelector('.journey-bar') : null;
    const visible = intersect(clip, offset({ left: 0, top: 0, right: view.innerWidth, bottom: bar ? bar.getBoundingClientRect().top : view.innerHeight }, x, y));
    for (const image of doc.images) {
      // The frame: the outermost box around the picture that holds nothing else.
      let frame: Element = image;
      while (frame.parentElement && frame.parentElement.querySelectorAll('img').length === 1 && !frame.parentElement.textContent?.trim()) {
        frame = frame.parentElement;
      }
      if (!frame.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const frameBox = intersect(offset(frame.getBoundingClientRect(), x, y), visible);
      if (frameBox.right - frameBox.left < MIN_SIDE || frameBox.bottom - frameBox.top < MIN_SIDE) continue;
      const pictureBox = intersect(offset(image.getBoundingClientRect(), x, y), frameBox);
      let blank: [number, number, number] = [0, 0, 0];
      for (let element: Element | null = frame; element; element = element.parentElement) {
        const background = colour(view.getComputedStyle(element).backgroundColor);
        if (background && background[3] > 0) {
          blank = [background[0], background[1], background[2]];
          break;
        }
      }
      const samples: Array<[number, number]> = [];
      const width = frameBox.right - frameBox.left;
      const height = frameBox.bottom - frameBox.top;
      for (let row = 0; row < GRID; row++) {
        for (let column = 0; column < GRID; column++) {
          const px = frameBox.left + (width * (column + 0.5)) / GRID;
          const py = frameBox.top + (height * (row + 0.5)) / GRID;
          const hit = doc.elementFromPoint(px - x, py - y);
          if (hit && (frame === hit || frame.contains(hit))) samples.push([Math.floor(px), Math.floor(py)]);
        }
      }
      found.push({ what: image.alt || image.currentSrc || image.src, frameArea: area(frameBox), pictureArea: area(pictureBox), blank, samples });
    }
    for (const iframe of doc.querySelectorAll('iframe')) {
      let inner: Document | null = null;
      try {
        inner = iframe.contentDocument;
      } catch {
        inner = null;
      }
      if (!inner?.documentElement) continue;
      const box = iframe.getBoundingClientRect();
      const style = view.getComputedStyle(iframe);
      const left = x + box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      const top = y + box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
      look(inner, left, top, intersect(visible, offset(box, x, y)));
    }
  };
  look(document, 0, 0, { left: 0, top: 0, right: innerWidth, bottom: innerHeight });
  return found;
}

export interface PictureVerdict {
  what: string;
  /** Share of the frame in view that the picture's rendered box covers (0–1). */
  covered: number;
  /** Share of the unobstructed sample points whose pixel is not the blank colour (0–1). */
  drawn: number;
  /** How many points could be sampled. */
  samples: number;
}

/** A pixel counts as blank when no channel is further than this from the blank colour. */
const BLANK_TOLERANCE = 10;

/** Reads the screenshot at each frame's sample points. */
export async function judgePictures(screenshot: Buffer, frames: FrameInView[], viewportWidth: number): Promise<PictureVerdict[]> {
  const { data, info } = await sharp(screenshot).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const scale = info.width / viewportWidth;
  return frames.map((frame) => {
    let drawn = 0;
    for (const [x, y] of frame.samples) {
      const px = Math.min(info.width - 1, Math.floor(x * scale));
      const py = Math.min(info.height - 1, Math.floor(y * scale));
      const at = (py * info.width + px) * info.channels;
      const far = [0, 1, 2].some((channel) => Math.abs(data[at + channel]! - frame.blank[channel]!) > BLANK_TOLERANCE);
      if (far) drawn++;
    }
    return {
      what: frame.what,
      covered: frame.frameArea ? frame.pictureArea / frame.frameArea : 0,
      drawn: frame.samples.length ? drawn / frame.samples.length : 0,
      samples: frame.samples.length,
    };
  });
}
