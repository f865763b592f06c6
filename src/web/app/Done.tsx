/** A confirmation after a form succeeded, announced politely. */
export function Done({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body"><p className="alert-text">{message}</p></div>
    </div>
  );
}
