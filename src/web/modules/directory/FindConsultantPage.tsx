import { useSearchParams } from 'react-router';
import { MunicipalityCombobox } from './MunicipalityCombobox';
import { NationalActors } from './NationalActors';
import { telHref } from './phone';
import { useMunicipalities, useMunicipality, type Municipality } from './directory.api';
import './directory.css';

/**
 * Public page: a citizen or a professional finds the security consultants of their region. The chosen
 * municipality lives in the address (?kommune=165) so the answer can be bookmarked and shared; a municipality
 * code says nothing about a person.
 */
export function FindConsultantPage() {
  const [params, setParams] = useSearchParams();
  const code = /^[0-9]{3}$/.test(params.get('kommune') ?? '') ? params.get('kommune') : null;
  const list = useMunicipalities();
  const selected = list.data?.find((m) => m.code === code) ?? null;

  const choose = (m: Municipality | null) => setParams(m ? { kommune: m.code } : {}, { replace: true });

  return (
    <div className="find-consultant">
      <h1>Find din sikkerhedskonsulent</h1>
      <p className="font-lead">
        Sikkerhedskonsulenterne giver gratis rådgivning til borgere og fagpersoner om æresrelaterede konflikter,
        negativ social kontrol, genopdragelsesrejser og ufrivillige udlandsophold. Du kan altid få anonym rådgivning.
      </p>
      <div className="alert alert-warning" role="note">
        <div className="alert-body">
          <p className="alert-heading">Er nogen i akut fare?</p>
          <p className="alert-text">
            Ring <a href="tel:112">112</a>. Vil du kontakte politiet, når det ikke haster, så ring <a href="tel:114">114</a>.
          </p>
        </div>
      </div>

      {list.isError && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body"><p className="alert-text">Listen over kommuner kunne ikke hentes. Prøv igen senere.</p></div>
        </div>
      )}
      {list.data && <MunicipalityCombobox municipalities={list.data} selected={selected} onSelect={choose} />}

      {code && <Consultants code={code} />}
      <NationalActors />
    </div>
  );
}

function Consultants({ code }: { code: string }) {
  const result = useMunicipality(code);
  if (result.isPending) return <p aria-live="polite">Henter sikkerhedskonsulenter …</p>;
  if (result.isError) {
    return (
      <div className="alert alert-error" role="alert">
        <div className="alert-body"><p className="alert-text">{result.error.message}</p></div>
      </div>
    );
  }
  const m = result.data;
  return (
    <section className="consultants" aria-labelledby="consultants-heading" aria-live="polite">
      <h2 id="consultants-heading">Sikkerhedskonsulenter i {m.region}</h2>
      <p>
        {m.name} Kommune hører til {m.region}. Ring til en af konsulenterne – den første samtale foregår som regel i telefonen.
      </p>
      <ul className="nobullet-list no-max-width consultant-list">
        {m.consultants.map((c) => (
          <li key={c.name + c.phone} className="consultant">
            <strong className="consultant-name">{c.name}</strong>
            <a className="consultant-phone" href={telHref(c.phone)}>
              Ring {c.phone}
            </a>
            {c.speciality && <span className="consultant-speciality">{c.speciality}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
