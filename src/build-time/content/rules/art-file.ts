import { posix } from 'node:path';
import { CONTENT_DIR } from '../files.ts';
import { fieldLine, type FileRule } from './rule.ts';

/**
 * A drawn picture (`art: { src, alt }`) is a file next to the milestone, or in another folder of
 * the content: it must exist, as a plain file inside `content/` (not a link out of it).
 */
export const artFile: FileRule = {
  name: 'art-file',
  check(file, { input, guide }) {
    const art = file.frontmatter?.data.art;
    if (!art || typeof art !== 'object' || Array.isArray(art)) return [];
    const src = (art as { src?: unknown }).src;
    if (typeof src !== 'string' || !/\.(svg|png|jpe?g|webp|avif)$/i.test(src.trim()) || /^([a-z][a-z0-9+.-]*:|\/)/i.test(src.trim())) return [];
    const target = posix.normalize(posix.join(posix.dirname(file.file.path), src.trim()));
    const where = { kind: 'art-missing' as const, line: fieldLine(file, ['art', 'src']), field: 'src (in art)', expected: guide.expected(['art', 'src']) };
    if (!target.startsWith(`${CONTENT_DIR}/`)) {
      return [{ ...where, problem: `"${src.trim()}" leads to ${target}, outside the content folder` }];
    }
    if (input.exists(target)) return [];
    return [{ ...where, problem: `"${src.trim()}" does not exist: there is no file ${target}` }];
  },
};
