import { port } from '../../shared/port.js';
import type { Svc } from '../../shared/svc.js';
import type { CaseInScope } from '../case-core/cases.scope.js';

/**
 * "Who gathers what" needs an assessment's factors rated UKENDT or without a source. Tasks declares what it reads;
 * the risk module fills it (src/server/case-file.wiring.ts), so tasks never imports risk. Null when the
 * assessment is not on the case.
 */
export type GatheringCandidates = (s: Svc, c: CaseInScope, assessmentId: string) =>
  Promise<{ status: 'UDKAST' | 'AFSLUTTET'; candidates: { ref: string; label: string }[] } | null>;

export const gatheringPort = port<GatheringCandidates>('The gathering candidates of tasks');
