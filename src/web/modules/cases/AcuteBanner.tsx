/** Acute danger always shows 112 / 114 (DOMAIN.md § 4.3), at the top and in print. */
export function AcuteBanner() {
  return (
    <div className="alert alert-error acute-banner" role="alert">
      <div className="alert-body">
        <h2 className="alert-heading h3">Akut fare</h2>
        <p className="alert-text">
          Er borgeren i akut fare, så ring <strong className="phone-big">112</strong>. Politiets ikke-akutte nummer er <strong className="phone-big">114</strong>.
        </p>
      </div>
    </div>
  );
}
