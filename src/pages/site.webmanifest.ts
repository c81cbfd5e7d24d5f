import { journey } from '../build-time/journey/index.ts';

/** The web app manifest: the journey's name, colours and icons, for home screens and tabs. */
export function GET() {
  const { siteName, description } = journey.copy;
  // Addresses relative to the manifest, so the same file works at a domain root and under a base path.
  const manifest = {
    name: siteName,
    short_name: siteName.length > 12 ? journey.words.say('shortName') : siteName,
    description,
    lang: journey.words.lang,
    start_url: './',
    scope: './',
    display: 'browser',
    background_color: '#070b08',
    theme_color: '#070b08',
    icons: [
      { src: 'favicon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: 'apple-touch-icon.png', type: 'image/png', sizes: '180x180' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
}
