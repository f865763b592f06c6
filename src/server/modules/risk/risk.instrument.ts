import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * A structured risk instrument is data, not code: parts, factors, answer scales and Danish labels come from a
 * JSON file validated here at load. Skjold ships only codes and short labels in its own words; an
 * organisation holding the PATRIARK licence can drop a file with the full text into SKJOLD_RISK_INSTRUMENTS_DIR
 * (same code, newer version), and other structured instruments are added the same way.
 */
const Code = z.string().regex(/^[A-Z0-9_]{1,20}$/);
const Label = z.string().trim().min(1).max(200);
const Option = z.strictObject({ code: Code, label: Label });

export const InstrumentSchema = z
  .strictObject({
    code: Code,
    version: z.string().regex(/^[a-z0-9.-]{1,30}$/),
    name: Label,
    notice: z.string().max(1000).optional(),
    ratingScale: z.array(Option).min(2),
    levelScale: z.array(Option).min(2),
    parts: z
      .array(
        z.strictObject({
          code: Code,
          label: Label,
          factors: z.array(z.strictObject({ code: Code, label: Label, explanation: z.string().trim().max(4000) })).min(1),
        }),
      )
      .min(1),
  })
  .superRefine((inst, ctx) => {
    const codes = inst.parts.flatMap((p) => p.factors.map((f) => f.code));
    if (new Set(codes).size !== codes.length) ctx.addIssue({ code: 'custom', message: 'faktorkoder skal være unikke' });
  });
export type Instrument = z.infer<typeof InstrumentSchema>;

const BUILT_IN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'instruments');

export function loadInstrumentFile(file: string): Instrument {
  const parsed = InstrumentSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`Ugyldig instrumentdefinition ${path.basename(file)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** The extra directory from the configuration (config.ts SKJOLD_RISK_INSTRUMENTS_DIR), set when the routes register. */
let extraDir: string | undefined;

function loadAll(): Map<string, Instrument> {
  if (extraDir && !existsSync(extraDir)) throw new Error(`SKJOLD_RISK_INSTRUMENTS_DIR findes ikke: ${extraDir}`);
  const dirs = [BUILT_IN_DIR, extraDir].filter((d): d is string => !!d);
  const found = new Map<string, Instrument>();
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const inst = loadInstrumentFile(path.join(dir, name));
      found.set(`${inst.code}@${inst.version}`, inst);
    }
  }
  return found;
}

let cache: Map<string, Instrument> | null = null;
const all = () => (cache ??= loadAll());

/** Uses the configured extra directory and (re)loads every file now, so a bad definition stops the start. */
export function configureInstruments(dir: string | undefined): Instrument[] {
  cache = null;
  extraDir = dir;
  return listInstruments();
}

export function listInstruments(): Instrument[] {
  return [...all().values()];
}

/** The version a new assessment uses: a licensed file loaded from the extra dir wins over the built-in one. */
export function currentInstrument(code = 'PATRIARK'): Instrument {
  const candidates = listInstruments().filter((i) => i.code === code);
  const inst = candidates.at(-1);
  if (!inst) throw new Error(`instrument ${code} findes ikke`);
  return inst;
}

/** A signed assessment is always read against the version it was made with. */
export function findInstrument(code: string, version: string): Instrument | undefined {
  return all().get(`${code}@${version}`);
}

export const factorCodes = (inst: Instrument) => inst.parts.flatMap((p) => p.factors.map((f) => f.code));
