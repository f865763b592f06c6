import type { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { appendChange } from '../journal/journal.service.js';
import { inTx, type Svc } from '../../shared/svc.js';
import { caseErrors } from './cases.errors.js';
import { involvementOf } from '../case-core/cases.involvement.js';
import { casesRepo } from './cases.repository.js';
import { responsibleLabel, responsibleView, sealContact } from './cases.responsible.js';
import { lockCase, requireCaseInScope } from '../case-core/cases.scope.js';
import { requireCaseworker } from './cases.service.js';
import { caseView, isClosed } from './cases.view.js';
import type { SetResponsibleBody } from './cases.schemas.js';

/**
 * Names the responsible caseworker of the case's own municipality (a handover moves the municipality): an account
 * (which replaces an external contact: the municipality got Skjold users) or an external contact. An account
 * becomes a participant, so it is refused while the municipality is not involved (DOMAIN.md § 11.1). Audited,
 * and the journal says who replaced whom.
 */
export async function setResponsible(svc: Svc, actor: Actor, caseId: string, body: z.infer<typeof SetResponsibleBody>) {
  const theCase = await requireCaseInScope(svc.db, actor, caseId);
  if (body.caseworkerId && body.contact) throw caseErrors.bothResponsible('body.contact');
  if (!body.caseworkerId && !body.contact) throw caseErrors.responsibleRequired('body.caseworkerId');
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await lockCase(tx, actor, theCase);
    if (isClosed(row.status)) throw caseErrors.closed();
    const participants = (await casesRepo.participants(tx, row)).rows;
    const current = participants.find((p) => p.user_id === row.responsibleCaseworkerId);
    const before = responsibleView(s, row, current ? { id: current.user_id, displayName: current.display_name } : null);
    const cw = body.caseworkerId ? await requireCaseworker(tx, body.caseworkerId, row.responsibleMunicipalityCode, 'body.caseworkerId') : null;
    if (cw && !(await involvementOf(tx, row.id)).municipality) throw caseErrors.municipalityNotInvolved();
    if (row.responsibleCaseworkerId && row.responsibleCaseworkerId !== cw?.id) await casesRepo.removeParticipant(tx, row, row.responsibleCaseworkerId);
    if (cw) await casesRepo.addParticipant(tx, row, cw.id, 'RESPONSIBLE_CASEWORKER', actor.userId);
    const updated = await casesRepo.update(tx, row, {
      responsibleCaseworkerId: cw?.id ?? null,
      responsibleContactEnc: cw ? null : sealContact(s, body.contact),
    });
    const after = responsibleView(s, updated, cw ? { id: cw.id, displayName: cw.display_name } : null);
    await appendChange(tx, s, row, actor, `Ansvarlig sagsbehandler: ${responsibleLabel(after)} (før: ${responsibleLabel(before)})`);
    await recordAudit(tx, {
      type: 'case.responsible_set', actor, subjectType: 'case', subjectId: row.id, caseId: row.id, purpose: row.id,
      details: {
        from: !before ? 'NONE' : before.hasAccount ? 'USER' : 'EXTERNAL', to: cw ? 'USER' : 'EXTERNAL',
        fromCaseworker: row.responsibleCaseworkerId, toCaseworker: cw?.id ?? null,
      },
    });
    return caseView(s, updated);
  });
}
