import { useEffect } from 'react';
import { installQuickExitKeys, quickExit } from './quickExit';
import './public.css';

/** The "Forlad siden" button on every public page, always in view, and the Shift ×3 shortcut. */
export function QuickExit() {
  useEffect(() => installQuickExitKeys(), []);
  return (
    <div className="quick-exit d-print-none">
      <button type="button" className="button button-primary quick-exit-button" onClick={quickExit}>
        Forlad siden
      </button>
      <span className="quick-exit-hint">eller tryk 3 gange på Shift</span>
    </div>
  );
}
