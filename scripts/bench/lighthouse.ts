import lighthouse, { desktopConfig } from 'lighthouse';
import { launchDebuggableChromium } from './chromium.ts';

export type FormFactor = 'mobile' | 'desktop';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What the report quotes from one Lighthouse run. Times in milliseconds; scores 0–1. */
export interface LighthouseFigures {
  scores: Record<Category, number | undefined>;
  lcp: number | undefined;
  tbt: number | undefined;
  cls: number | undefined;
  speedIndex: number | undefined;
  /** Audits that failed in the three categories that must score 1.0, to say what to fix. */
  failedAudits: string[];
  warnings: string[];
}

/**
 * One Lighthouse run in a fresh headless Chromium. Mobile is Lighthouse's default (a mid-range phone
 * on a slow 4G link, simulated); desktop its desktop preset. Categories left out score undefined.
 */
export async function runLighthouse(
  url: string,
  formFactor: FormFactor,
  categories: readonly Category[] = CATEGORIES,
): Promise<LighthouseFigures> {
  const browser = await launchDebuggableChromium();
  try {
    const result = await lighthouse(
      url,
      { port: browser.port, logLevel: 'error', output: 'json', onlyCategories: [...categories] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.message}`);
    const numeric = (id: string) => lhr.audits[id]?.numericValue;
    const failedAudits: string[] = [];
    for (const category of ['accessibility', 'best-practices', 'seo'] as const) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failedAudits.push(`${category}: ${audit.title}`);
      }
    }
    return {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? undefined])) as Record<
        Category,
        number | undefined
      >,
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      speedIndex: numeric('speed-index'),
      failedAudits,
      warnings: lhr.runWarnings,
    };
  } finally {
    await browser.close();
  }
}
