/**
 * Fills the steps lower case-file modules declare with the modules above them, once at load (as the audit
 * catalogue registers the events): cases asks closure for a close's blockers and evaluation and tasks for what
 * follows a handover; safety and tasks ask risk for an assessment's content. Imported beside the catalogue by
 * app.ts, the CLI and the test database helper.
 */
import { caseStepsPort } from './modules/cases/cases.ports.js';
import { closeWithEvaluation } from './modules/closure/closure.service.js';
import { ownersOnHandover } from './modules/tasks/tasks.handover.js';
import { gatheringPort } from './modules/tasks/tasks.gathering.js';
import { assessmentsPort } from './modules/safety/measures.assessments.js';
import { assessmentSource } from './modules/risk/risk.sources.js';
import { gatheringCandidates } from './modules/risk/risk.followup.service.js';

caseStepsPort.provide({ close: closeWithEvaluation, handOver: ownersOnHandover });
assessmentsPort.provide(assessmentSource);
gatheringPort.provide(gatheringCandidates);
