/** The markings every list shows for a case: acute danger first, then what is still owed. */
export function CaseFlags({ acute, dutyPending, otherLegalBasis, none = '—' }: { acute: boolean; dutyPending: boolean; otherLegalBasis: boolean; none?: string | null }) {
  // A list's column says "—" when nothing is marked; beside a status (the case header) nothing is said.
  if (!acute && !dutyPending && !otherLegalBasis) return <>{none}</>;
  return (
    <span className="case-flags">
      {acute && <span className="badge badge-error">Akut</span>}
      {dutyPending && <span className="badge badge-warning">Underretning mangler</span>}
      {otherLegalBasis && <span className="badge badge-info">Anden hjemmel</span>}
    </span>
  );
}
