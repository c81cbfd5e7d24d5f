import { bundleHostScript } from '../build-time/publish/bundle-host.ts';

/** /embed.js: the script a host page loads once to keep journey iframes sized to their content. */
export async function GET() {
  return new Response(await bundleHostScript(), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
}
