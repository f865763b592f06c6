import type { CaseSectionProps } from '../caseSections';
import { useAuth } from '../../../app/auth';
import { CaseKnowledge } from '../../knowledge/CaseKnowledge';
import { CaseConsultants } from '../../directory/CaseConsultants';

/** The law a caseworker most often needs in these cases (DOMAIN.md § 9), with what it means for this case. */
export function LawSection({ caseData }: CaseSectionProps) {
  const { user } = useAuth();
  const canWrite = user?.role === 'consultant' || user?.role === 'caseworker';
  return (
    <div>
      <ul>
        {caseData.minor !== false && (
          <li><strong>Barnets lov § 133</strong> – skærpet underretningspligt, når et barn under 18 år kan være udsat.</li>
        )}
        <li><strong>Straffeloven § 215 a</strong> – genopdragelsesrejse: at tilbageholde et barn i udlandet til skade for dets udvikling (op til 4 års fængsel).</li>
        <li><strong>Straffeloven § 260, stk. 1–2</strong> – ulovlig tvang, herunder tvangsægteskab; <strong>§ 260 a</strong>.</li>
        <li><strong>Straffeloven § 243</strong> – psykisk vold, herunder negativ social kontrol.</li>
        <li><strong>Pasloven § 2, stk. 1, nr. 5–6</strong> – inddragelse af et barns pas ved risiko for udrejse (højst 1 år ad gangen, til barnet fylder 18).</li>
        <li><strong>Serviceloven § 12 c</strong> – sikkerhedskonsulenternes rådgivning og risikovurdering på kommunens anmodning.</li>
      </ul>
      <CaseKnowledge caseId={caseData.id} concernTypes={caseData.concernTypes} minor={caseData.minor} canWrite={canWrite} />
      <CaseConsultants municipalityCode={caseData.responsibleMunicipalityCode} concernTypes={caseData.concernTypes} />
    </div>
  );
}
