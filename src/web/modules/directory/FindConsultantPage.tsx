import { useState } from 'react';
import { MunicipalityCombobox } from './MunicipalityCombobox';
import { NationalActors } from './NationalActors';
import { telHref } from './phone';
import { useMunicipalities, usePublicConsultants, type Municipality } from './directory.api';
import './directory.css';

/**
 * Public page: a citizen or a professional finds the security consultants of their region. The chosen
 * municipality lives only in the page's memory: never in the address, so it leaves no trace in the browser's
 * history (DOMAIN.md § 11.9), and the look-up's query is not logged by the server.
 */
export function FindConsultantPage() {
  const list = useMunicipalities();
  const [selected, setSelected] = useState<Municipality | null>(null);

  return (
    <div className="find-consultant plain-help">
      <h1>Find din sikkerhedskonsulent</h1>
      <p className="font-lead">
        Bliver du styret, truet eller kontrolleret af din familie? Er du bange for at blive sendt til udlandet? Du kan få hjælp.
      </p>
      <div className="alert alert-warning" role="note">
        <div className="alert-body">
          <p className="alert-heading">Er nogen i fare lige nu?</p>
          <p className="alert-text">
            Ring <a href="tel:112">112</a>. Vil du tale med politiet, når det ikke haster, så ring <a href="tel:114">114</a>.
          </p>
        </div>
      </div>

      <h2>Hvad kan en sikkerhedskonsulent?</h2>
      <ul>
        <li>Du kan tale med en sikkerhedskonsulent om det, der sker.</li>
        <li>Det er gratis.</li>
        <li>Du kan være anonym. Du behøver ikke sige dit navn.</li>
        <li>Konsulenten hjælper dig med at finde ud af, hvad du kan gøre, og hvem der kan hjælpe.</li>
        <li>Du kan også ringe, hvis du er bekymret for en anden.</li>
      </ul>
      <p>
        Vil du tale med nogen om vold i familien? Ring til Lev Uden Vold på <a href="tel:1888">1888</a>. Det er gratis og anonymt.
      </p>

      <h2>Find en konsulent, hvor du bor</h2>
      {list.isError && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body"><p className="alert-text">Listen over kommuner kunne ikke hentes. Prøv igen senere.</p></div>
        </div>
      )}
      {list.data && <MunicipalityCombobox municipalities={list.data} selected={selected} onSelect={setSelected} />}

      {selected && <Consultants code={selected.code} />}
      <NationalActors />

      <section aria-labelledby="exit-limits-heading">
        <h2 id="exit-limits-heading">Det kan "Forlad siden" ikke skjule</h2>
        <p>Knappen "Forlad siden" skifter med det samme til en anden hjemmeside. Men:</p>
        <ul>
          <li>Andre kan stadig se i browserens historik, at du har været her før. Brug et privat vindue, eller slet historikken.</li>
          <li>Opkald står i telefonens opkaldsliste. Slet opkaldet bagefter, hvis det er sikkert for dig.</li>
          <li>Bruger du en telefon eller computer, som andre kan se i, så brug hellere en andens, fx en vens eller bibliotekets.</li>
        </ul>
      </section>
    </div>
  );
}

function Consultants({ code }: { code: string }) {
  const result = usePublicConsultants(code);
  if (result.isPending) return <p aria-live="polite">Henter sikkerhedskonsulenter …</p>;
  if (result.isError) {
    return (
      <div className="alert alert-error" role="alert">
        <div className="alert-body"><p className="alert-text">{result.error.message}</p></div>
      </div>
    );
  }
  const { municipality: m, consultants } = result.data;
  return (
    <section className="consultants" aria-labelledby="consultants-heading" aria-live="polite">
      <h2 id="consultants-heading">Sikkerhedskonsulenter i {m.region}</h2>
      <p>
        {m.name} Kommune hører til {m.region}. Ring til en af konsulenterne – den første samtale foregår som regel i telefonen.
      </p>
      <ul className="nobullet-list no-max-width consultant-list">
        {consultants.map((c) => (
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
