import type { Config } from '../../config/config.js';
import type { RiskLevel } from '../../shared/codes.js';
import { addDays } from '../case-core/work.scope.js';

/** DOMAIN.md § 11.5: days to the next follow-up by level; set once from configuration at start. */
let pacing = { high: 7, moderate: 14, low: 30 };

export function configureFollowUpPacing(config: Pick<Config, 'FOLLOW_UP_DAYS_HIGH' | 'FOLLOW_UP_DAYS_MODERATE' | 'FOLLOW_UP_DAYS_LOW'>) {
  pacing = { high: config.FOLLOW_UP_DAYS_HIGH, moderate: config.FOLLOW_UP_DAYS_MODERATE, low: config.FOLLOW_UP_DAYS_LOW };
}

/** Imminent harm paces like HOEJ whatever the level. */
export function followUpDays(level: RiskLevel, imminent: boolean): number {
  if (imminent || level === 'HOEJ') return pacing.high;
  return level === 'MODERAT' ? pacing.moderate : pacing.low;
}

export const nextFollowUp = (from: string, level: RiskLevel, imminent: boolean) => addDays(from, followUpDays(level, imminent));
