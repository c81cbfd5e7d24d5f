import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { layoutCss } from '../../layout/css.ts';
import { contentShape } from '../content/snapshot.ts';

/** The layout stylesheet's module id: pages import it like any stylesheet, and it is bundled with theirs. */
export const LAYOUT_CSS_ID = 'virtual:journey/layout.css';
const RESOLVED = `\0${LAYOUT_CSS_ID}`;

/**
 * Serves the layout stylesheet (`src/layout/css.ts`): the layout's numbers as CSS custom properties
 * and the journey's tracks (their colours and the track filter's rules, from content/journey.yaml),
 * written from the TypeScript that the build and the scripts read.
 */
export default function layoutStylesheet(): AstroIntegration {
  return {
    name: 'journey:layout-css',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'journey:layout-css',
                resolveId: (id) => (id === LAYOUT_CSS_ID ? RESOLVED : undefined),
                load: (id) => {
                  if (id !== RESOLVED) return undefined;
                  const { tracks, accent } = contentShape(root);
                  return layoutCss(tracks, accent);
                },
              },
            ],
          },
        });
      },
    },
  };
}
