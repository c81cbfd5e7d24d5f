/**
 * The page's language as Open Graph writes it (`og:locale`): language_TERRITORY, "en_US", "pt_BR".
 * Open Graph reads a page without the tag as "en_US", so a page in another language must name a
 * territory even when the journey's tag names none: a bare language ("fr") takes the territory
 * where it is most likely spoken (`Intl.Locale#maximize`, Unicode's likely subtags: "fr_FR",
 * "en_US", "de_DE"). A language with no likely territory gets no tag at all.
 */
export function openGraphLocale(lang: string): string | undefined {
  const likely = new Intl.Locale(lang).maximize();
  return likely.region ? `${likely.language}_${likely.region}` : undefined;
}
