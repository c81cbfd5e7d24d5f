/**
 * The words of a milestone that its picture is chosen from: title, sub-line and body, as plain
 * lower-case text. The MDX body is only read, never run: tags, expressions, imports, link targets
 * and markup are dropped and the words in between are kept.
 */
export function plainWords(mdxBody: string | undefined): string {
  return (mdxBody ?? '')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>|~]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
