/**
 * The embed's message shapes (see `protocol.ts`) and the oEmbed 1.0 response (https://oembed.com/,
 * section 2.3.4) as zod schemas: the reference the browser-side hand checks and the published
 * `/oembed/<year>.json` files are tested against.
 */
import { z } from 'astro/zod';
import { MAX_EMBED_HEIGHT, PROTOCOL_NAMES, type ProtocolVersion } from '../../browser/embed/protocol.ts';

const name = z.string().min(1);

/** One version's resize message: `{ type: 'journey-embed:resize', version: 2, year, track, height }`; extra fields are ignored. */
const resizeIn = <V extends ProtocolVersion>(version: V) =>
  z.object({
    type: z.literal(PROTOCOL_NAMES[version].resize),
    version: z.literal(version),
    year: name,
    track: name,
    height: z.int().min(0).max(MAX_EMBED_HEIGHT),
  });

/** One version's request: `{ type: 'journey-embed:measure', version: 2 }`; extra fields are ignored. */
const measureIn = <V extends ProtocolVersion>(version: V) =>
  z.object({ type: z.literal(PROTOCOL_NAMES[version].measure), version: z.literal(version) });

/** A resize message of any version the site speaks (`protocol.ts`: version 2, and version 1 for pages that still speak it). */
export const resizeMessageSchema = z.discriminatedUnion('version', [resizeIn(2), resizeIn(1)]);

/** A measure request of any version the site speaks. */
export const measureRequestSchema = z.discriminatedUnion('version', [measureIn(2), measureIn(1)]);

const pixels = z.int().positive();
const httpUrl = z.url({ protocol: /^https?$/ });

/** The fields every oEmbed response may carry (oEmbed 1.0, 2.3.4). */
const oembedBase = z.object({
  version: z.literal('1.0'),
  title: z.string().optional(),
  author_name: z.string().optional(),
  author_url: httpUrl.optional(),
  provider_name: z.string().optional(),
  provider_url: httpUrl.optional(),
  /** Seconds a consumer may cache the response. */
  cache_age: z.int().nonnegative().optional(),
  thumbnail_url: httpUrl.optional(),
  thumbnail_width: pixels.optional(),
  thumbnail_height: pixels.optional(),
});

/** An oEmbed 1.0 response of any of the four types; a thumbnail comes with all three of its fields or none. */
export const oembedResponseSchema = z
  .discriminatedUnion('type', [
    oembedBase.extend({ type: z.literal('photo'), url: httpUrl, width: pixels, height: pixels }),
    oembedBase.extend({ type: z.literal('video'), html: z.string().min(1), width: pixels, height: pixels }),
    oembedBase.extend({ type: z.literal('link') }),
    oembedBase.extend({ type: z.literal('rich'), html: z.string().min(1), width: pixels, height: pixels }),
  ])
  .refine(
    (response) => {
      const present = [response.thumbnail_url, response.thumbnail_width, response.thumbnail_height].filter(
        (field) => field !== undefined,
      ).length;
      return present === 0 || present === 3;
    },
    { error: 'thumbnail_url, thumbnail_width and thumbnail_height must be given together' },
  );

export type OembedResponse = z.output<typeof oembedResponseSchema>;
