import type { Responsible } from '../casesApi';

/** The responsible caseworker on the case overview: a user, an external contact "uden adgang til Skjold", or missing. */
export function ResponsibleName({ r, municipalityInvolved = true }: { r: Responsible | null; municipalityInvolved?: boolean }) {
  // Direct advice only (DOMAIN.md § 11.1): the municipality is not involved, so nobody there is missing.
  if (!r && !municipalityInvolved) return <span id="ansvarlig">Ingen – kommunen er ikke involveret i sagen</span>;
  if (!r) return <span className="badge badge-warning" id="ansvarlig">Mangler – kommunens sagsbehandler er ikke angivet</span>;
  if (r.hasAccount) return <span id="ansvarlig">{r.displayName}</span>;
  return (
    <span id="ansvarlig">
      {r.displayName} <span className="badge badge-info">uden adgang til Skjold</span>
      {(r.department || r.phone || r.email) && <><br />{[r.department, r.phone, r.email].filter(Boolean).join(' · ')}</>}
    </span>
  );
}
