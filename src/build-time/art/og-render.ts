import sharp from 'sharp';

/**
 * An Open Graph card's SVG as PNG (link previews do not take AVIF). The art is flat colour, so a
 * palette PNG keeps it sharp at a fraction of the bytes.
 */
export async function renderOgPng(svg: string): Promise<ArrayBuffer> {
  const png = await sharp(Buffer.from(svg)).png({ palette: true, quality: 92, effort: 8, compressionLevel: 9 }).toBuffer();
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
