/** The content check's rules, in the order their problems are most useful to read. */
import { anchors } from './anchors.ts';
import { artFile } from './art-file.ts';
import { body } from './body.ts';
import { duplicates } from './duplicates.ts';
import { fields } from './fields.ts';
import { fileName } from './file-name.ts';
import { folder } from './folder.ts';
import { lengths } from './lengths.ts';
import { order } from './order.ts';
import { text } from './text.ts';
import type { FileRule, JourneyRule } from './rule.ts';

export const FILE_RULES: readonly FileRule[] = [fields, lengths, text, folder, fileName, artFile, body];

export const JOURNEY_RULES: readonly JourneyRule[] = [anchors, duplicates, order];

export type { FileRule, JourneyRule, RuleContext } from './rule.ts';
