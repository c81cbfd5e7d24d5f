/** The WCAG rule sets every axe scan of the tests holds a page to. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
