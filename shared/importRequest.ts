import { z } from 'zod';
import { importOptionsSchema } from './importOptions.ts';
import { brokerFormats } from './importResult.ts';

/**
 * Every kind of file the import reads: the broker formats, a portfolio document (which replaces
 * the whole book), and market data (price histories, option chains).
 */
export const importFormats = [...brokerFormats, 'scanline-portfolio', 'price-history', 'option-chain'] as const;
export type ImportFormat = (typeof importFormats)[number];

const maxText = 64 * 1024 * 1024;

/**
 * One file to preview or commit, with everything the user decided about it. The file is its
 * text, or its bytes in base64 (spreadsheets; text in any encoding, decoded by the importer).
 */
export const importRequestSchema = z
  .object({
    fileName: z.string().trim().min(1, 'expected a file name').max(400),
    text: z.string().max(maxText).optional(),
    base64: z
      .string()
      .max(Math.ceil(maxText / 3) * 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64 text')
      .optional(),
    /** `auto` recognises the format from the content; a named format must match what is found. */
    format: z.enum(['auto', ...importFormats], { error: `expected auto or one of ${importFormats.join(', ')}` }).default('auto'),
    options: importOptionsSchema.default({}),
    /** Name of a saved mapping profile to read a generic CSV with (when `options.mappingProfile` is not given). */
    mappingProfileName: z.string().trim().min(1).max(80).optional(),
    /** File account → book account; accounts not listed keep their name. */
    accountMapping: z.record(z.string().min(1).max(100), z.string().trim().min(1, 'expected a book account id').max(100)).default({}),
    /** Write the valid rows even when others are in error (those are listed, not written). */
    skipInvalid: z.boolean().default(false),
    /** Series name of a one-series price history (`date,close`); default: from the file name. */
    series: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((request) => (request.text === undefined) !== (request.base64 === undefined), { message: 'give the file as text or as base64 bytes (one of them)', path: ['text'] });

export type ImportRequest = z.input<typeof importRequestSchema>;
export type ParsedImportRequest = z.output<typeof importRequestSchema>;
