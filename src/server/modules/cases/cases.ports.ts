import type { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { port } from '../../shared/port.js';
import type { Svc } from '../../shared/svc.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import type { ClosingEvaluation, CloseOverride } from './closing.schemas.js';

/**
 * What closing and handing over a case ask of modules above cases, inside the case's own transaction (the case
 * locked and through the gate). Cases declares the steps; src/server/case-file.wiring.ts fills them with the
 * closure and tasks modules, so the module graph stays one-way (cases never imports them).
 */
export interface ClosingInput {
  outcome: 'AFSLUTTET' | 'OVERDRAGET';
  closingEvaluation?: z.infer<typeof ClosingEvaluation>;
  override?: z.infer<typeof CloseOverride>;
}
export interface CaseSteps {
  /** Blockers (409 case.close_blocked) and the closing evaluation; returns what the case.closed audit row adds. */
  close(tx: Db, s: Svc, actor: Actor, caseId: string, input: ClosingInput): Promise<{ evaluationOutcome: string; overridden: string[] }>;
  /** What the previous caseworker owned waits for the receiver (or moves at once, when asked). */
  handOver(tx: Db, s: Svc, actor: Actor, c: CaseInScope, fromUserId: string, toUserId: string | null, moveTasks: boolean):
    Promise<{ movedTasks: number; waitingTasks: number; waitingMeasures: number }>;
}

export const caseStepsPort = port<CaseSteps>('The case steps (closing, handover)');
