import { telHref } from './phone';
import { useSuggestion } from './partners.api';

/** Which security consultant to call about this case: the region's, a specialist in its concern first. */
export function CaseConsultants({ municipalityCode, concernTypes }: { municipalityCode: string; concernTypes: string[] }) {
  const s = useSuggestion(municipalityCode, concernTypes);
  if (!s.data?.consultants.length) return null;
  return (
    <div className="case-consultants">
      <h3 className="h5">Sikkerhedskonsulenter i {s.data.region}</h3>
      <ul>
        {s.data.consultants.map((c) => (
          <li key={c.name}>
            <strong>{c.name}</strong> – <a href={telHref(c.phone)}>{c.phone}</a>
            {c.specialist && <span className="badge badge-small ml-2">Specialist i sagstypen</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
