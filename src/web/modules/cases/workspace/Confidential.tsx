import { useAuth } from '../../../app/auth';
import { formatDateTime } from '../../../app/format';
import { ROLE_LABELS } from '../../../app/roles';

/**
 * The marking every printed page of a case carries: confidential, who printed it and when. On screen it shows
 * only where `visible` (the print view); otherwise it appears in print alone (a section printed with Ctrl+P).
 */
export function Confidential({ visible = false }: { visible?: boolean }) {
  const { user } = useAuth();
  return (
    <div className={`confidential-mark ${visible ? '' : 'print-only'}`}>
      <p className="confidential-title"><strong>FORTROLIGT</strong> – følsomme personoplysninger. Må ikke videregives uden hjemmel.</p>
      <p className="confidential-by">
        Udskrevet af {user ? `${user.displayName} (${ROLE_LABELS[user.role]})` : 'ukendt bruger'} den {formatDateTime(new Date().toISOString())}.
      </p>
    </div>
  );
}
